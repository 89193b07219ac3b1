package io.kadens.ai.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker against the hand-labelled set, with floors. The floors were set after the first
 * honest run on the held-out part (never used to tune the rules), a little below what it scored,
 * so a change that makes the checker worse fails here; the evaluation harness prints the figures.
 */
class SmartLabelledSetTest {

    private final SmartChecker checker = new SmartChecker();

    @Test
    void theSetHasAtLeastSixtyGoalsInBothLanguagesAndBothSplits() {
        List<SmartLabelledSet.Goal> goals = SmartLabelledSet.goals();
        assertThat(goals).hasSizeGreaterThanOrEqualTo(60);
        assertThat(goals).extracting(SmartLabelledSet.Goal::language).contains("en", "sv");
        assertThat(goals).extracting(SmartLabelledSet.Goal::split).contains("dev", "holdout");
        assertThat(goals).allSatisfy(goal -> assertThat(goal.expected()).hasSize(5));
    }

    @Test
    void detectsTheLanguageOfEveryLabelledGoal() {
        assertThat(SmartLabelledSet.goals()).allSatisfy(goal ->
                assertThat(SmartChecker.detectLanguage(goal.text())).as(goal.text()).isEqualTo(goal.language()));
    }

    @Test
    void heldOutGoalsStayAboveTheirFloors() {
        Map<SmartCriterion, SmartLabelledSet.Counts> counts =
                SmartLabelledSet.evaluate(checker, SmartLabelledSet.split("holdout"));
        System.out.println("held-out set:\n" + SmartLabelledSet.report(counts));
        counts.values().forEach(c -> c.errors().forEach(e -> System.out.println("  " + e)));
        FLOORS.forEach((criterion, floor) -> assertThat(counts.get(criterion).accuracy())
                .as(criterion + " accuracy on the held-out goals").isGreaterThanOrEqualTo(floor));
    }

    @Test
    void theHeldOutGoalsOfDecemberAreReportedOnTheirOwn() {
        List<SmartLabelledSet.Goal> heldOut = SmartLabelledSet.heldOut();
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(40);
        Map<SmartCriterion, SmartLabelledSet.Counts> counts = SmartLabelledSet.evaluate(checker, heldOut);
        System.out.println("held-out set of 2026-12-05:\n" + SmartLabelledSet.report(counts)
                + SmartLabelledSet.deadlineReport(checker, heldOut));
        // Figures only: its disagreements are not read while the rules change (-Peval lists them).
        FLOORS.forEach((criterion, floor) -> assertThat(counts.get(criterion).accuracy())
                .as(criterion + " accuracy on the held-out goals of December").isGreaterThanOrEqualTo(floor));
    }

    @Test
    void theBlindGoalsAreReportedOnTheirOwn() {
        List<SmartLabelledSet.Goal> blind = SmartLabelledSet.blind();
        Map<SmartCriterion, SmartLabelledSet.Counts> counts = SmartLabelledSet.evaluate(checker, blind);
        System.out.println("blind set of 2026-12-05:\n" + SmartLabelledSet.report(counts)
                + SmartLabelledSet.deadlineReport(checker, blind));
        counts.forEach((criterion, c) -> c.errors().forEach(e -> System.out.println("  " + criterion.jsonName() + ": " + e)));
        FLOORS.forEach((criterion, floor) -> assertThat(counts.get(criterion).accuracy())
                .as(criterion + " accuracy on the blind goals").isGreaterThanOrEqualTo(floor));
    }

    @Test
    void allGoalsStayAboveTheirFloors() {
        Map<SmartCriterion, SmartLabelledSet.Counts> counts = SmartLabelledSet.evaluate(checker, SmartLabelledSet.goals());
        System.out.println("whole set:\n" + SmartLabelledSet.report(counts));
        FLOORS.forEach((criterion, floor) -> assertThat(counts.get(criterion).accuracy())
                .as(criterion + " accuracy on all goals").isGreaterThanOrEqualTo(floor));
    }

    @Test
    void developmentGoalsKeepTheirF1() {
        // All goals the rules may be tuned on since 2026-12-06 (decision 2026-12-06-smart-checker-new-held-out-set.md);
        // measured 0.985 / 0.996 / 1.000 / 0.996 / 0.996 on 348 goals (the fifth held-out set included) when the rules
        // were last changed (decision 2026-12-07-smart-sixth-set.md); 0.984 / 0.989 / 1.000 / 0.986 / 0.994 on 398 goals
        // once the sixth set joined (decision 2026-12-07-smart-seventh-set.md); 0.980 / 0.983 / 0.996 / 0.977 / 0.995 on 448
        // goals once the seventh joined (decision 2026-12-07-smart-eighth-set.md); 0.981 / 0.977 / 0.996 / 0.950 / 0.993 on
        // 488 goals once the eighth joined, and 0.989 / 0.987 / 0.999 / 0.994 / 0.997 after the ninth-set round's rules
        // (decision 2026-12-07-smart-ninth-set.md); 0.990 / 0.984 / 0.999 / 0.987 / 0.996 on 538 goals once the ninth
        // joined, and 0.990 / 0.990 / 0.999 / 0.997 / 0.997 after the tenth-set round's (2026-12-07-smart-tenth-set.md);
        // 0.991 / 0.987 / 0.996 / 0.989 / 0.994 on 588 goals once the tenth joined, and 0.991 / 0.993 / 0.999 / 0.998 /
        // 0.998 after the eleventh-set round's (2026-12-07-smart-eleventh-set.md).
        List<SmartLabelledSet.Goal> development = SmartLabelledSet.development();
        assertThat(development).hasSizeGreaterThanOrEqualTo(150);
        Map<SmartCriterion, SmartLabelledSet.Counts> counts = SmartLabelledSet.evaluate(checker, development);
        System.out.println("development set:\n" + SmartLabelledSet.report(counts));
        counts.forEach((criterion, c) -> assertThat(c.f1()).as(criterion + " F1 on the development goals")
                .isGreaterThanOrEqualTo(0.95));
    }

    static final Map<SmartCriterion, Double> FLOORS = Map.of(
            // First honest held-out run: 0.906, 0.875, 0.938, 0.781, 0.969 (see the decision record).
            SmartCriterion.SPECIFIC, 0.85,
            SmartCriterion.MEASURABLE, 0.80,
            SmartCriterion.ACHIEVABLE, 0.90,
            SmartCriterion.RELEVANT, 0.70,
            SmartCriterion.TIME_BOUND, 0.90);
}
