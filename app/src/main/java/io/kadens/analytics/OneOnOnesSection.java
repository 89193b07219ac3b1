package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.oneonones.OneOnOneAnalytics;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Check-ins and 1:1s: manager 1:1s held against each series' cadence, and check-ins submitted before the meeting. */
@Component
class OneOnOnesSection implements AnalyticsContribution {

    static final List<Column> COLUMNS = List.of(
            new Column(Label.key("analytics.oneonones.adherence"), Format.PERCENT),
            new Column(Label.key("analytics.oneonones.check-ins-on-time"), Format.PERCENT));

    private final OneOnOneAnalytics oneOnOnes;

    OneOnOnesSection(OneOnOneAnalytics oneOnOnes) {
        this.oneOnOnes = oneOnOnes;
    }

    @Override
    public String id() {
        return "one-on-ones";
    }

    @Override
    public String titleKey() {
        return "analytics.section.one-on-ones";
    }

    @Override
    public int order() {
        return 20;
    }

    /** Per cell: expected meetings, held within cadence, held, check-ins on time. */
    static AnalyticsScope.Values adherence() {
        return (s, people) -> Arrays.asList(percent(s[1], s[0]), percent(s[3], s[2]));
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsScope.Tally total = new AnalyticsScope.Tally(4);
        AnalyticsScope.MonthlyTally monthly = new AnalyticsScope.MonthlyTally(4);
        oneOnOnes.adherenceByMonth(scope.cohort(), scope.start(), scope.end()).forEach(m -> {
            total.add(m.departmentId(), m.pilot(), m.expected(), m.heldWithinCadence(), m.held(), m.checkInsOnTime());
            monthly.add(m.month(), m.departmentId(), m.pilot(), m.expected(), m.heldWithinCadence(), m.held(),
                    m.checkInsOnTime());
        });
        return List.of(
                scope.byDepartment("adherence", "analytics.oneonones.by-department", Kind.BARS, COLUMNS,
                        total.cells(), 4, adherence()),
                scope.monthly("trend", "analytics.oneonones.trend", Kind.LINES, COLUMNS, monthly.months(), 4,
                        adherence()));
    }
}
