package io.kadens.ai.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verifier against the labelled grounding cases. The development cases are what the fact checks
 * were written with; the held-out cases were written before them and are reported on their own.
 */
class GroundingLabelledSetTest {

    final StatementVerifier verifier = new StatementVerifier(SharedEmbeddings.get(), Set::copyOf, 0.35);

    @Test
    void developmentCasesAllJudgedRight() {
        GroundingLabelledSet.Result result = GroundingLabelledSet.evaluate(verifier, GroundingLabelledSet.development());
        System.out.println("grounding, development cases:\n" + result.report());
        result.errors().forEach(e -> System.out.println("  " + e));
        assertThat(result.adversarialDroppedRate()).isEqualTo(1.0);
        assertThat(result.faithfulKeptRate()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void heldOutCasesMeetTheTargets() {
        GroundingLabelledSet.Result result = GroundingLabelledSet.evaluate(verifier, GroundingLabelledSet.heldOut());
        // Figures only while the checks change; -Peval lists the disagreements.
        System.out.println("grounding, held-out cases of 2026-12-05:\n" + result.report());
        assertThat(result.adversarial()).isGreaterThanOrEqualTo(30);
        // First run on 2026-12-05, untuned: 31 of 31 adversarial dropped, 21 of 22 faithful kept.
        assertThat(result.adversarialDroppedRate()).isEqualTo(1.0);
        assertThat(result.faithfulKeptRate()).isGreaterThanOrEqualTo(0.95);
    }
}
