package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.development.DevelopmentAnalytics;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Development plans (issue 13): plan coverage and people counts by department, progress and staleness of the plans,
 * and plans approved and actions done per month, with the same anonymity rules as the other pages.
 */
@Component
class DevelopmentSection implements AnalyticsContribution {

    private final DevelopmentAnalytics development;
    private final java.time.Clock clock;

    DevelopmentSection(DevelopmentAnalytics development, java.time.Clock clock) {
        this.development = development;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "development";
    }

    @Override
    public String titleKey() {
        return "dev13.analytics.section.development";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsScope.Tally tally = new AnalyticsScope.Tally(5);
        development.coverage(scope.cohort(), scope.start(), scope.end(), OffsetDateTime.now(clock))
                .forEach(f -> tally.add(f.departmentId(), f.pilot(), f.peopleWithPlan(), f.peopleApproved(), f.plans(),
                        f.progressSum(), f.stale()));
        AnalyticsScope.MonthlyTally monthly = new AnalyticsScope.MonthlyTally(2);
        development.byMonth(scope.cohort(), scope.start(), scope.end())
                .forEach(m -> monthly.add(m.month(), m.departmentId(), m.pilot(), m.approved(), m.actionsDone()));
        return List.of(
                scope.byDepartment("coverage", "dev13.analytics.development.coverage", Kind.BARS, List.of(
                                new Column(Label.key("dev13.analytics.development.with-plan"), Format.PERCENT),
                                new Column(Label.key("dev13.analytics.development.approved"), Format.PERCENT)),
                        tally.cells(), 5, (s, people) -> Arrays.asList(percent(s[0], people), percent(s[1], people))),
                scope.byDepartment("progress", "dev13.analytics.development.progress", Kind.BARS, List.of(
                                new Column(Label.key("dev13.analytics.development.average-progress"), Format.PERCENT),
                                new Column(Label.key("dev13.analytics.development.stale"), Format.PERCENT)),
                        tally.cells(), 5, (s, people) -> Arrays.asList(percent(s[3], s[2]), percent(s[4], s[2]))),
                scope.byDepartment("people", "dev13.analytics.development.people", Kind.BARS, List.of(
                                new Column(Label.key("dev13.analytics.development.people-with-plan"), Format.COUNT),
                                new Column(Label.key("dev13.analytics.development.people-in-group"), Format.COUNT)),
                        tally.cells(), 5, (s, people) -> Arrays.asList(s[0], (double) people)),
                scope.monthly("trend", "dev13.analytics.development.trend", Kind.LINES, List.of(
                                new Column(Label.key("dev13.analytics.development.approved-count"), Format.COUNT),
                                new Column(Label.key("dev13.analytics.development.actions-done"), Format.COUNT)),
                        monthly.months(), 2, (s, people) -> Arrays.asList(s[0], s[1])));
    }
}
