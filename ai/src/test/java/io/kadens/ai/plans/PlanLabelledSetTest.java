package io.kadens.ai.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled plan cases are well formed, and the engine stays above its floors on the development
 * part. The held-out part is only reported (by {@code -Peval}), never asserted against while tuning.
 */
class PlanLabelledSetTest {

    @Test
    void theSetHasAtLeastTwentyFourCasesInBothLanguagesWithFortyPercentHeldOut() {
        List<PlanLabelledSet.Labelled> development = PlanLabelledSet.development();
        List<PlanLabelledSet.Labelled> heldOut = PlanLabelledSet.heldOut();
        List<PlanLabelledSet.Labelled> all = new ArrayList<>(development);
        all.addAll(heldOut);

        assertThat(all).hasSizeGreaterThanOrEqualTo(24);
        assertThat((double) heldOut.size() / all.size()).isGreaterThanOrEqualTo(0.4);
        assertThat(development).extracting(PlanLabelledSet.Labelled::language).contains("en", "sv");
        assertThat(heldOut).extracting(PlanLabelledSet.Labelled::language).contains("en", "sv");
        assertThat(all).extracting(PlanLabelledSet.Labelled::id).doesNotHaveDuplicates();
    }

    @Test
    void everyLabelNamesSomethingTheCaseHolds() {
        List<PlanLabelledSet.Labelled> all = new ArrayList<>(PlanLabelledSet.development());
        all.addAll(PlanLabelledSet.heldOut());
        assertThat(all).allSatisfy(c -> {
            List<String> competencies = c.request().competencies().stream().map(PlanDraftRequest.Competency::id).toList();
            List<String> items = c.request().catalogue().stream().map(PlanDraftRequest.TrainingCandidate::id).toList();
            assertThat(c.labels().expectedTopGaps()).as(c.id()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(gap -> assertThat(competencies).contains(gap));
            assertThat(c.labels().acceptableTraining()).as(c.id()).isNotEmpty()
                    .allSatisfy(item -> assertThat(items).contains(item));
        });
    }

    @Test
    void theDevelopmentPartStaysAboveItsFloors() {
        PlanLabelledSet.Result result = PlanLabelledSet.evaluate(new PlanDraftEngine(), PlanLabelledSet.development());
        System.out.println("plan drafts, development part: " + result.report());
        result.errors().forEach(e -> System.out.println("  " + e));
        assertThat(result.missingInput()).isZero();
        assertThat(result.gapRecallAt3()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(result.trainingPrecision()).isGreaterThanOrEqualTo(FLOOR);
    }

    static final double FLOOR = 0.8;
}
