package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.grounding.GroundingLabelledSet;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.testing.SharedEmbeddings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The grounding verifier on the labelled cases (ai module's eval/grounding-dev.json and
 * eval/grounding-heldout.json): faithful statements kept and adversarial ones (wrong number or date,
 * negation, a person not in the source, an exaggeration) dropped, per kind, the held-out cases on their
 * own, with every misjudged statement listed. Run with {@code -Peval}; not part of the test suite.
 */
class GroundingEvaluation {

    @Test
    void faithfulKeptAndAdversarialDropped() {
        StatementVerifier verifier = new StatementVerifier(SharedEmbeddings.get(), Set::copyOf, 0.35);
        for (var split : List.of(List.of("development", GroundingLabelledSet.development()),
                List.of("held-out (written 2026-12-05 before the fact checks)", GroundingLabelledSet.heldOut()))) {
            @SuppressWarnings("unchecked")
            List<GroundingLabelledSet.Case> cases = (List<GroundingLabelledSet.Case>) split.get(1);
            GroundingLabelledSet.Result result = GroundingLabelledSet.evaluate(verifier, cases);
            System.out.printf("%n=== Evaluation: grounding, %s, %d sources ===%n%s", split.get(0), cases.size(),
                    result.report());
            result.errors().forEach(e -> System.out.println("  " + e));
            assertThat(result.faithful()).isPositive();
        }
    }
}
