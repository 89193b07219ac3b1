package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.learning.LearningAnalytics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Training: completion of assigned trainings by department, and trainings completed per month. */
@Component
class TrainingSection implements AnalyticsContribution {

    private final LearningAnalytics learning;
    private final java.time.Clock clock;

    TrainingSection(LearningAnalytics learning, java.time.Clock clock) {
        this.learning = learning;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "training";
    }

    @Override
    public String titleKey() {
        return "analytics.section.training";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsScope.Tally tally = new AnalyticsScope.Tally(3);
        learning.completion(scope.cohort(), scope.end(), LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .forEach(f -> tally.add(f.departmentId(), f.pilot(), f.assigned(), f.completed(), f.overdue()));
        AnalyticsScope.MonthlyTally monthly = new AnalyticsScope.MonthlyTally(1);
        learning.completedByMonth(scope.cohort(), scope.start(), scope.end())
                .forEach(m -> monthly.add(m.month(), m.departmentId(), m.pilot(), m.completed()));
        return List.of(
                scope.byDepartment("completion", "analytics.training.completion", Kind.BARS, List.of(
                                new Column(Label.key("analytics.training.completed"), Format.PERCENT),
                                new Column(Label.key("analytics.training.overdue"), Format.PERCENT)),
                        tally.cells(), 3, (s, people) -> Arrays.asList(percent(s[1], s[0]), percent(s[2], s[0]))),
                scope.monthly("trend", "analytics.training.trend", Kind.LINES, List.of(
                                new Column(Label.key("analytics.training.completed-count"), Format.COUNT)),
                        monthly.months(), 1, (s, people) -> Arrays.asList(s[0])));
    }
}
