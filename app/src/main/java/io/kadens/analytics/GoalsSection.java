package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.perPerson;
import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.goals.GoalAnalytics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Goals: progress and health by department, alignment coverage, and goal check-ins per month. */
@Component
class GoalsSection implements AnalyticsContribution {

    private final GoalAnalytics goals;
    private final java.time.Clock clock;

    GoalsSection(GoalAnalytics goals, java.time.Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "goals";
    }

    @Override
    public String titleKey() {
        return "analytics.section.goals";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public java.util.Optional<java.time.OffsetDateTime> keptAsOf(AnalyticsScope scope) {
        return goals.keptFiguresComputedAt(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsScope.Tally tally = new AnalyticsScope.Tally(6);
        goals.figures(scope.cohort(), scope.start(), scope.end(), LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .forEach(f -> tally.add(f.departmentId(), f.pilot(), f.goals(), f.progressSum(), f.onTrack(),
                        f.atRisk(), f.offTrack(), f.aligned()));
        AnalyticsScope.MonthlyTally checkIns = new AnalyticsScope.MonthlyTally(1);
        goals.checkInsByMonth(scope.cohort(), scope.start(), scope.end())
                .forEach(m -> checkIns.add(m.month(), m.departmentId(), m.pilot(), m.checkIns()));
        return List.of(
                scope.byDepartment("progress", "analytics.goals.progress", Kind.BARS, List.of(
                                new Column(Label.key("analytics.goals.average-progress"), Format.PERCENT),
                                new Column(Label.key("analytics.goals.alignment"), Format.PERCENT)),
                        tally.cells(), 6, (s, people) -> Arrays.asList(percent(s[1], s[0]), percent(s[5], s[0]))),
                scope.byDepartment("health", "analytics.goals.health", Kind.STACKED_BARS, List.of(
                                new Column(Label.key("analytics.goals.on-track"), Format.PERCENT),
                                new Column(Label.key("analytics.goals.at-risk"), Format.PERCENT),
                                new Column(Label.key("analytics.goals.off-track"), Format.PERCENT)),
                        tally.cells(), 6, (s, people) -> Arrays.asList(percent(s[2], s[0]), percent(s[3], s[0]),
                                percent(s[4], s[0]))),
                scope.monthly("check-ins", "analytics.goals.check-ins", Kind.LINES, List.of(
                                new Column(Label.key("analytics.goals.check-ins-per-person"), Format.RATE)),
                        checkIns.months(), 1, (s, people) -> Arrays.asList(perPerson(s[0], people))));
    }
}
