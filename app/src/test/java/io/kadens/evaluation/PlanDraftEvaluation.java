package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.plans.PlanDraftEngine;
import io.kadens.ai.plans.PlanLabelledSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Draft my plan" on the labelled cases (ai module's eval/plan-drafts-dev.json and
 * eval/plan-drafts-heldout.json): gap recall@3 (the expected top gaps among the draft's first three) and
 * the precision of the recommended training items, the held-out part on its own (targets ≥ 0.8 each),
 * with every miss listed. Run with {@code -Peval}; not part of the test suite.
 */
class PlanDraftEvaluation {

    @Test
    void gapRecallAndTrainingPrecision() {
        PlanDraftEngine engine = new PlanDraftEngine();
        for (var split : List.of(List.of("development", PlanLabelledSet.development()),
                List.of("held-out (written 2026-12-06 before any tuning)", PlanLabelledSet.heldOut()))) {
            @SuppressWarnings("unchecked")
            List<PlanLabelledSet.Labelled> cases = (List<PlanLabelledSet.Labelled>) split.get(1);
            PlanLabelledSet.Result result = PlanLabelledSet.evaluate(engine, cases);
            System.out.printf("%n=== Evaluation: plan drafts, %s, %d cases (targets >= 0.8) ===%n%s", split.get(0),
                    cases.size(), result.report());
            result.errors().forEach(e -> System.out.println("  " + e));
            assertThat(result.expectedGaps()).isPositive();
        }
    }
}
