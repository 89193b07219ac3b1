package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.perPerson;
import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.feedback.FeedbackAnalytics;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feedback: volume received per person, the balance of praise and growth feedback, and the mix of sources. */
@Component
class FeedbackSection implements AnalyticsContribution {

    private final FeedbackAnalytics feedback;

    FeedbackSection(FeedbackAnalytics feedback) {
        this.feedback = feedback;
    }

    @Override
    public String id() {
        return "feedback";
    }

    @Override
    public String titleKey() {
        return "analytics.section.feedback";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsScope.Tally total = new AnalyticsScope.Tally(5);
        AnalyticsScope.MonthlyTally monthly = new AnalyticsScope.MonthlyTally(5);
        feedback.byMonth(scope.cohort(), scope.start(), scope.end()).forEach(m -> {
            total.add(m.departmentId(), m.pilot(), m.fromManager(), m.fromPeer(), m.fromReport(), m.self(), m.praise());
            monthly.add(m.month(), m.departmentId(), m.pilot(), m.fromManager(), m.fromPeer(), m.fromReport(), m.self(),
                    m.praise());
        });
        return List.of(
                scope.byDepartment("volume", "analytics.feedback.volume", Kind.BARS, List.of(
                                new Column(Label.key("analytics.feedback.growth-per-person"), Format.RATE),
                                new Column(Label.key("analytics.feedback.praise-per-person"), Format.RATE)),
                        total.cells(), 5, (s, people) -> Arrays.asList(perPerson(s[0] + s[1] + s[2] + s[3], people),
                                perPerson(s[4], people))),
                scope.byDepartment("balance", "analytics.feedback.balance", Kind.BARS, List.of(
                                new Column(Label.key("analytics.feedback.praise-share"), Format.PERCENT)),
                        total.cells(), 5, (s, people) -> Arrays.asList(percent(s[4], s[0] + s[1] + s[2] + s[3] + s[4]))),
                scope.byDepartment("sources", "analytics.feedback.sources", Kind.STACKED_BARS, List.of(
                                new Column(Label.key("analytics.feedback.source.manager"), Format.COUNT),
                                new Column(Label.key("analytics.feedback.source.peer"), Format.COUNT),
                                new Column(Label.key("analytics.feedback.source.report"), Format.COUNT),
                                new Column(Label.key("analytics.feedback.source.self"), Format.COUNT),
                                new Column(Label.key("analytics.feedback.source.praise"), Format.COUNT)),
                        total.cells(), 5, (s, people) -> Arrays.asList(s[0], s[1], s[2], s[3], s[4])),
                scope.monthly("trend", "analytics.feedback.trend", Kind.LINES, List.of(
                                new Column(Label.key("analytics.feedback.growth"), Format.COUNT),
                                new Column(Label.key("analytics.feedback.source.praise"), Format.COUNT)),
                        monthly.months(), 5, (s, people) -> Arrays.asList(s[0] + s[1] + s[2] + s[3], s[4])));
    }
}
