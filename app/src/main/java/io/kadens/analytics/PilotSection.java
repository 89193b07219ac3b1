package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.perPerson;
import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.analytics.AnalyticsChart.Row;
import io.kadens.feedback.FeedbackAnalytics;
import io.kadens.goals.GoalAnalytics;
import io.kadens.learning.LearningAnalytics;
import io.kadens.oneonones.OneOnOneAnalytics;
import io.kadens.platform.AggregateQueries;
import io.kadens.surveys.QuestionKind;
import io.kadens.surveys.ResultFilter;
import io.kadens.surveys.Survey;
import io.kadens.surveys.SurveyResults;
import io.kadens.surveys.SurveyStatus;
import io.kadens.surveys.SurveyTemplate;
import io.kadens.surveys.Surveys;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Pilot vs rest (issue 16, step 6): the process's own metrics for the pilot groups' people and for everyone else
 * side by side, the answers to the process surveys by the same two groups (HR admins, who run the surveys), and
 * 1:1 adherence per month. Each figure shows the number of people behind it; a group below the anonymity
 * threshold, or one that would single people out, shows none.
 */
@Component
class PilotSection implements AnalyticsContribution {

    // Tally positions.
    private static final int EXPECTED = 0;
    private static final int WITHIN = 1;
    private static final int HELD = 2;
    private static final int ON_TIME = 3;
    private static final int GOALS = 4;
    private static final int ON_TRACK = 5;
    private static final int ALIGNED = 6;
    private static final int GROWTH = 7;
    private static final int PRAISE = 8;
    private static final int ASSIGNED = 9;
    private static final int COMPLETED = 10;
    private static final int GOAL_CHECK_INS = 11;
    private static final int WIDTH = 12;

    private final OneOnOneAnalytics oneOnOnes;
    private final GoalAnalytics goals;
    private final FeedbackAnalytics feedback;
    private final LearningAnalytics learning;
    private final Surveys surveys;
    private final AggregateQueries aggregateQueries;
    private final java.time.Clock clock;

    PilotSection(OneOnOneAnalytics oneOnOnes, GoalAnalytics goals, FeedbackAnalytics feedback,
                 LearningAnalytics learning, Surveys surveys, AggregateQueries aggregateQueries, java.time.Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.goals = goals;
        this.feedback = feedback;
        this.learning = learning;
        this.surveys = surveys;
        this.aggregateQueries = aggregateQueries;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "pilot";
    }

    @Override
    public String titleKey() {
        return "analytics.section.pilot";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public java.util.Optional<java.time.OffsetDateTime> keptAsOf(AnalyticsScope scope) {
        return goals.keptFiguresComputedAt(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        AnalyticsScope.Tally tally = new AnalyticsScope.Tally(WIDTH);
        AnalyticsScope.MonthlyTally adherence = new AnalyticsScope.MonthlyTally(4);
        // Goal figures and goal check-ins read the most rows: they run side by side with the rest.
        var goalFigures = aggregateQueries.alongside(() -> goals.figures(scope.cohort(), scope.start(), scope.end(), today));
        var goalCheckIns = aggregateQueries.alongside(() -> goals.checkInsByMonth(scope.cohort(), scope.start(),
                scope.end()));
        oneOnOnes.adherenceByMonth(scope.cohort(), scope.start(), scope.end()).forEach(m -> {
            tally.add(m.departmentId(), m.pilot(), m.expected(), m.heldWithinCadence(), m.held(), m.checkInsOnTime());
            adherence.add(m.month(), m.departmentId(), m.pilot(), m.expected(), m.heldWithinCadence(), m.held(),
                    m.checkInsOnTime());
        });
        feedback.byMonth(scope.cohort(), scope.start(), scope.end()).forEach(m ->
                tally.add(m.departmentId(), m.pilot(), at(GROWTH, m.feedback(), m.praise())));
        learning.completion(scope.cohort(), scope.end(), today).forEach(f ->
                tally.add(f.departmentId(), f.pilot(), at(ASSIGNED, f.assigned(), f.completed())));
        goalFigures.get().forEach(f ->
                tally.add(f.departmentId(), f.pilot(), at(GOALS, f.goals(), f.onTrack(), f.aligned())));
        goalCheckIns.get().forEach(m ->
                tally.add(m.departmentId(), m.pilot(), at(GOAL_CHECK_INS, m.checkIns())));
        int months = scope.months().size();
        List<AnalyticsChart> charts = new ArrayList<>();
        charts.add(scope.pilotAndRest("process", "analytics.pilot.process", Kind.BARS, List.of(
                        new Column(Label.key("analytics.oneonones.adherence"), Format.PERCENT),
                        new Column(Label.key("analytics.oneonones.check-ins-on-time"), Format.PERCENT),
                        new Column(Label.key("analytics.goals.on-track"), Format.PERCENT),
                        new Column(Label.key("analytics.goals.alignment"), Format.PERCENT),
                        new Column(Label.key("analytics.feedback.praise-share"), Format.PERCENT),
                        new Column(Label.key("analytics.training.completed"), Format.PERCENT)),
                tally.cells(), WIDTH, (s, people) -> Arrays.asList(percent(s[WITHIN], s[EXPECTED]),
                        percent(s[ON_TIME], s[HELD]), percent(s[ON_TRACK], s[GOALS]), percent(s[ALIGNED], s[GOALS]),
                        percent(s[PRAISE], s[GROWTH] + s[PRAISE]), percent(s[COMPLETED], s[ASSIGNED]))));
        charts.add(scope.pilotAndRest("activity", "analytics.pilot.activity", Kind.BARS, List.of(
                        new Column(Label.key("analytics.pilot.growth-per-person-month"), Format.RATE),
                        new Column(Label.key("analytics.pilot.praise-per-person-month"), Format.RATE),
                        new Column(Label.key("analytics.pilot.goal-check-ins-per-person-month"), Format.RATE)),
                tally.cells(), WIDTH, (s, people) -> Arrays.asList(perPerson(s[GROWTH] / months, people),
                        perPerson(s[PRAISE] / months, people), perPerson(s[GOAL_CHECK_INS] / months, people))));
        if (scope.tenantWide()) {
            charts.addAll(surveyCharts(scope));
        }
        charts.add(scope.monthlyPilotAndRest("adherence-trend", "analytics.pilot.adherence-trend", Format.PERCENT,
                adherence.months(), 4, (s, people) -> Arrays.asList(percent(s[1], s[0]))));
        return charts;
    }

    /** One chart per process survey that has been opened: participation and each scale question's average. */
    private List<AnalyticsChart> surveyCharts(AnalyticsScope scope) {
        List<AnalyticsChart> charts = new ArrayList<>();
        for (Survey survey : surveys.all()) {
            if (survey.template() != SurveyTemplate.PROCESS || survey.status() == SurveyStatus.DRAFT) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(Label.key("analytics.pilot.participation"), Format.PERCENT));
            survey.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE)
                    .forEach(q -> columns.add(new Column(Label.text(q.promptEn(), q.promptSv()), Format.AVERAGE)));
            List<Row> rows = new ArrayList<>();
            for (boolean pilot : new boolean[] {true, false}) {
                SurveyResults results = surveys.results(survey.id(), new ResultFilter(scope.filter().departmentId(), pilot));
                List<Double> values = new ArrayList<>();
                values.add(results.participationRate() == null ? null : Math.round(1000 * results.participationRate()) / 10.0);
                results.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE)
                        .forEach(q -> values.add(q.average() == null ? null : Math.round(100 * q.average()) / 100.0));
                while (values.size() < columns.size()) {
                    values.add(null);
                }
                rows.add(new Row(Label.key(pilot ? "analytics.group.pilot" : "analytics.group.rest"),
                        results.suppressed() ? null : results.responded(), results.suppressed(), values));
            }
            charts.add(new AnalyticsChart("survey-" + survey.id(), "analytics.pilot.survey", survey.title(),
                    Kind.BARS, columns, rows));
        }
        return charts;
    }

    /** A tally row with the figures starting at a position. */
    private static double[] at(int position, double... figures) {
        double[] row = new double[WIDTH];
        System.arraycopy(figures, 0, row, position, figures.length);
        return row;
    }
}
