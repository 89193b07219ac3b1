package io.kadens.development;

/** A plan's life: the person drafts it, submits it to their manager, who approves it (changes after that are tracked). */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
