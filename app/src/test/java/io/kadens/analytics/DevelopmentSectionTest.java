package io.kadens.analytics;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.development.DevelopmentPlan;
import io.kadens.development.DevelopmentPlans;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The development plans page of analytics: coverage, progress, people and the monthly trend counted from the plans
 * by SQL, for HR the whole company, with small groups hidden like on every other page, and another company's plans
 * never counted.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentSectionTest {

    @Autowired
    Analytics analytics;
    @Autowired
    TestTenants tenants;
    @Autowired
    AnalyticsTestData data;
    @Autowired
    io.kadens.development.DevelopmentTestData developmentData;
    @Autowired
    DevelopmentPlans plans;

    Company c;
    Company other;
    io.kadens.development.DevelopmentTestData.Seeded plan;
    YearMonth now = YearMonth.from(TestTenants.today());

    @BeforeAll
    void companies() {
        c = tenants.create("devan");
        data.seed(c);
        plan = developmentData.seed(c);
        other = tenants.create("devao");
        data.seed(other);
        developmentData.seed(other);
        // One of the plan's four steps (three actions, one milestone) is done.
        signedIn(as(c, c.employee()), () -> {
            DevelopmentPlan current = plans.plan(plan.plan());
            return plans.progress(plan.plan(), current.version(), new DevelopmentPlans.ProgressUpdate(
                    plan.stretchAction(), io.kadens.development.ActionStatus.DONE, null, null, false, null, null, null));
        });
    }

    private AnalyticsSection section(TestTenants.Person viewer) {
        return signedIn(as(c, viewer), () -> analytics.section("development", new AnalyticsFilter(null, null, now, now)));
    }

    private static AnalyticsChart chart(AnalyticsSection section, String id) {
        return section.charts().stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
    }

    private static AnalyticsChart.Row everyone(AnalyticsChart chart) {
        return chart.rows().stream().filter(row -> row.label().value().equals("analytics.group.all")).findFirst()
                .orElseThrow();
    }

    @Test
    void hrSeesCoverageProgressPeopleAndTheMonthlyTrend() {
        AnalyticsSection section = section(c.hrAdmin());
        assertThat(section.charts()).extracting(AnalyticsChart::id)
                .containsExactly("coverage", "progress", "people", "trend");

        AnalyticsChart.Row coverage = everyone(chart(section, "coverage"));
        assertThat(coverage.suppressed()).isFalse();
        int people = coverage.people();
        assertThat(people).as("the whole company, not the other one's people too").isGreaterThan(5).isLessThan(30);
        assertThat(coverage.values()).containsExactly(AnalyticsScope.percent(1, people), AnalyticsScope.percent(1, people));

        assertThat(everyone(chart(section, "progress")).values()).as("one of four steps done, nothing stale")
                .containsExactly(25.0, 0.0);
        assertThat(everyone(chart(section, "people")).values()).containsExactly(1.0, (double) people);

        AnalyticsChart trend = chart(section, "trend");
        AnalyticsChart.Row thisMonth = trend.rows().getLast();
        assertThat(thisMonth.values()).containsExactly(1.0, 1.0);
    }

    @Test
    void aGroupBelowTheAnonymityThresholdShowsNothing() {
        // The team lead sees only the member below them: far too few people to show.
        List<AnalyticsChart.Row> rows = chart(section(c.teamLead()), "coverage").rows();
        assertThat(rows).isNotEmpty().allMatch(AnalyticsChart.Row::suppressed);
    }
}
