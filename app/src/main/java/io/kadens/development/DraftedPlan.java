package io.kadens.development;

import io.kadens.ai.AnswerMode;
import io.kadens.ai.FallbackReason;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.MissingInput;
import io.kadens.ai.plans.PlanDraft;
import io.kadens.ai.plans.PlanDraftRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "Draft my plan" as the person gets it: never saved. Either a {@link PlanDraft} or what is missing for one
 * (or neither when AI is off for the tenant), with every source the draft cites resolved to something the
 * requester may see.
 *
 * @param targetLevelId the target role the expectations are the target's of; null for the current job level
 * @param draft         the draft; null when input is missing or AI is off
 * @param missing       what is missing and who can add it; empty when there is a draft
 * @param sources       every source the draft may cite, by {@code type:id}
 * @param request       what the draft rests on, for redrafting one objective without gathering again
 * @param people        whose personal data must not reach a language model
 */
public record DraftedPlan(UUID personId, UUID targetLevelId, String targetRoleName, int horizonMonths,
                          AnswerMode mode, FallbackReason fallbackReason, PlanDraft draft,
                          List<MissingInput.Missing> missing, Map<String, CitedSource> sources,
                          PlanDraftRequest request, PersonalDataRedactor.People people) {

    public DraftedPlan {
        missing = missing == null ? List.of() : List.copyOf(missing);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public boolean off() {
        return mode == AnswerMode.OFF;
    }

    /** What a citation points at, as the requester may see it. */
    public Optional<CitedSource> source(SourceRef ref) {
        return Optional.ofNullable(sources.get(ref.toString()));
    }

    /**
     * One thing a draft cites.
     *
     * @param type  {@code assessment}, {@code competency}, {@code feedback}, {@code training_item},
     *              {@code person} or {@code company_content}
     * @param label what it is, for a reader: the competency's or course's name, the assessor and date, a quote
     * @param link  the route that shows it, when there is one
     */
    public record CitedSource(String type, String id, String label, String link) {
    }
}
