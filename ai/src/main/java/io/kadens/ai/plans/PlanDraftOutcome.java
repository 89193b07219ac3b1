package io.kadens.ai.plans;

/**
 * What drafting a plan gives: a {@link PlanDraft}, or {@link MissingInput} saying exactly what is
 * missing and who can add it. A draft is never saved by the engine.
 */
public sealed interface PlanDraftOutcome permits PlanDraft, MissingInput {
}
