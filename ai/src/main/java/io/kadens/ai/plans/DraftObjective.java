package io.kadens.ai.plans;

import io.kadens.ai.SourceRef;
import io.kadens.ai.smart.SmartAssessment;
import java.time.LocalDate;
import java.util.List;

/**
 * A drafted objective for one gap.
 *
 * @param competencyId the gap's competency
 * @param text         the objective, in the request's language, checked by the SMART checker
 * @param smart        the SMART checker's verdicts on {@code text}
 * @param due          within the plan's horizon
 * @param alternative  which alternative this is: 0 for the first draft, n for the n-th redraft
 * @param actions      one to three actions, at most one of each kind
 * @param citations    what the objective rests on (the gap's citations)
 */
public record DraftObjective(String competencyId, String competencyName, String text, SmartAssessment smart,
                             LocalDate due, int alternative, List<DraftAction> actions, List<SourceRef> citations) {

    public DraftObjective {
        actions = List.copyOf(actions);
        citations = List.copyOf(citations);
    }

    public DraftObjective withText(String other, SmartAssessment assessment) {
        return new DraftObjective(competencyId, competencyName, other, assessment, due, alternative, actions, citations);
    }
}
