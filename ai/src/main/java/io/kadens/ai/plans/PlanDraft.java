package io.kadens.ai.plans;

import io.kadens.ai.SourceRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A drafted development plan: never saved by the engine; the employee accepts objectives one by one.
 *
 * @param gaps       every gap found, ranked (objectives take the first ones)
 * @param objectives 2–4 objectives (fewer only when fewer gaps are supported), in gap order
 * @param leftOut    notes on what was left out for want of support
 * @param language   the language the texts are in
 */
public record PlanDraft(List<RankedGap> gaps, List<DraftObjective> objectives, List<LeftOut> leftOut,
                        String language) implements PlanDraftOutcome {

    public static final int MIN_OBJECTIVES = 2;
    public static final int MAX_OBJECTIVES = 4;

    public PlanDraft {
        gaps = List.copyOf(gaps);
        objectives = List.copyOf(objectives);
        leftOut = List.copyOf(leftOut);
    }

    /** Every source the draft cites anywhere: the application checks each exists and is visible. */
    public Set<SourceRef> citedSources() {
        Set<SourceRef> all = new LinkedHashSet<>();
        gaps.forEach(gap -> all.addAll(gap.citations()));
        for (DraftObjective objective : objectives) {
            all.addAll(objective.citations());
            objective.actions().forEach(action -> all.addAll(action.citations()));
        }
        return all;
    }

    /** The training items recommended, in objective order. */
    public List<String> recommendedTrainingIds() {
        return objectives.stream().flatMap(o -> o.actions().stream())
                .filter(a -> a.kind() == ActionKind.FORMAL_LEARNING).map(DraftAction::referenceId).toList();
    }

    public PlanDraft withObjectives(List<DraftObjective> others, List<LeftOut> notes) {
        return new PlanDraft(gaps, others, notes, language);
    }
}
