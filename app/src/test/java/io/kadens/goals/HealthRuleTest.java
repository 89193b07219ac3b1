package io.kadens.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Health from progress against the elapsed share of the period, with the documented thresholds. */
class HealthRuleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 4, 10); // 100 days

    @Test
    void elapsedShareCountsWholeDaysOfThePeriod() {
        assertThat(HealthRule.elapsedShare(START, END, START.minusDays(5))).isZero();
        assertThat(HealthRule.elapsedShare(START, END, START)).isZero();
        assertThat(HealthRule.elapsedShare(START, END, START.plusDays(50))).isEqualTo(0.5);
        assertThat(HealthRule.elapsedShare(START, END, END.plusDays(30))).isEqualTo(1.0);
    }

    @Test
    void onTrackAtRiskAndOffTrackByHowFarProgressTrailsTime() {
        LocalDate halfway = START.plusDays(50);
        assertThat(HealthRule.compute(0.50, START, END, halfway)).isEqualTo(Health.ON_TRACK);
        assertThat(HealthRule.compute(0.35, START, END, halfway)).isEqualTo(Health.ON_TRACK); // 0.15 behind
        assertThat(HealthRule.compute(0.34, START, END, halfway)).isEqualTo(Health.AT_RISK);
        assertThat(HealthRule.compute(0.20, START, END, halfway)).isEqualTo(Health.AT_RISK); // 0.30 behind
        assertThat(HealthRule.compute(0.19, START, END, halfway)).isEqualTo(Health.OFF_TRACK);
        assertThat(HealthRule.compute(0.0, START, END, START.plusDays(10))).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void finishedGoalsAreOnTrackAndPastPeriodsExpectEverything() {
        assertThat(HealthRule.compute(1.0, START, END, END.plusDays(1))).isEqualTo(Health.ON_TRACK);
        assertThat(HealthRule.compute(0.9, START, END, END.plusDays(1))).isEqualTo(Health.ON_TRACK);
        assertThat(HealthRule.compute(0.6, START, END, END.plusDays(1))).isEqualTo(Health.OFF_TRACK);
        assertThat(HealthRule.compute(1.0, START, END, START.plusDays(99))).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void statusDecidesForClosedGoals() {
        LocalDate late = END.plusDays(1);
        assertThat(HealthRule.forStatus(GoalStatus.ACHIEVED, 0.1, START, END, late)).isEqualTo(Health.ON_TRACK);
        assertThat(HealthRule.forStatus(GoalStatus.MISSED, 0.99, START, END, late)).isEqualTo(Health.OFF_TRACK);
        assertThat(HealthRule.forStatus(GoalStatus.CANCELLED, 0.5, START, END, late)).isNull();
        assertThat(HealthRule.forStatus(GoalStatus.ACTIVE, 0.0, START, END, late)).isEqualTo(Health.OFF_TRACK);
    }
}
