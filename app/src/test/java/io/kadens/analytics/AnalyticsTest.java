package io.kadens.analytics;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Analytics against real PostgreSQL: who sees what, figures counted by the owning features' SQL, the pilot vs rest
 * comparison with its people, and groups too small to be anonymous.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsTest {

    @Autowired
    Analytics analytics;
    @Autowired
    AnalyticsCsv csv;
    @Autowired
    TestTenants tenants;
    @Autowired
    AnalyticsTestData data;
    @Autowired
    io.kadens.goals.GoalsTestData goalsData;
    @Autowired
    io.kadens.oneonones.OneOnOneTestData oneOnOneData;
    @Autowired
    io.kadens.competencies.CompetencyTestData competencyData;
    @Autowired
    io.kadens.reviews.ReviewsTestData reviewsData;

    Company c;
    AnalyticsTestData.Seeded seeded;
    YearMonth now = YearMonth.from(TestTenants.today());

    @BeforeAll
    void company() {
        c = tenants.create("anly");
        seeded = data.seed(c);
        goalsData.seed(c);
        oneOnOneData.seed(c);
        competencyData.seed(c);
        reviewsData.seed(c);
    }

    private AnalyticsSection asHr(String section, AnalyticsFilter filter) {
        return signedIn(as(c, c.hrAdmin()), () -> analytics.section(section, filter));
    }

    private static AnalyticsChart chart(AnalyticsSection section, String id) {
        return section.charts().stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
    }

    private static AnalyticsChart.Row row(AnalyticsChart chart, String label) {
        return chart.rows().stream().filter(row -> row.label().value().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void feedbackIsCountedPerDepartmentAndSmallDepartmentsAreHidden() {
        AnalyticsSection feedback = asHr("feedback", new AnalyticsFilter(null, null, now, now));
        AnalyticsChart volume = chart(feedback, "volume");
        AnalyticsChart.Row everyone = row(volume, "analytics.group.all");
        assertThat(everyone.people()).isEqualTo(10);
        assertThat(everyone.values()).containsExactly(0.3, 0.2); // 3 growth and 2 praise among 10
        AnalyticsChart.Row sales = row(volume, c.slug().split("-")[0] + " Sales");
        assertThat(sales.people()).isEqualTo(5);
        assertThat(sales.values()).containsExactly(0.6, 0.2);
        // Support (2) is below the threshold; Finance (3) would be Support by difference: both hidden
        AnalyticsChart.Row support = row(volume, c.slug().split("-")[0] + " Support");
        assertThat(support.suppressed()).isTrue();
        assertThat(support.people()).isNull();
        assertThat(support.values()).containsOnlyNulls();
        assertThat(row(volume, c.slug() + " Finance").suppressed()).isTrue();
        AnalyticsChart sources = chart(feedback, "sources");
        assertThat(row(sources, "analytics.group.all").values()).containsExactly(3.0, 0.0, 0.0, 0.0, 2.0);
    }

    @Test
    void pilotVsRestShowsTheSameMetricsSideBySideWithTheirPeopleAndSuppressesASmallGroup() {
        AnalyticsSection pilot = asHr("pilot", new AnalyticsFilter(null, null, now, now));
        AnalyticsChart activity = chart(pilot, "activity");
        AnalyticsChart.Row inPilot = row(activity, "analytics.group.pilot");
        AnalyticsChart.Row rest = row(activity, "analytics.group.rest");
        assertThat(inPilot.people()).isEqualTo(5);
        assertThat(rest.people()).isEqualTo(5);
        assertThat(inPilot.values().get(0)).isEqualTo(0.6);
        assertThat(rest.values().get(0)).isEqualTo(0.0);
        assertThat(inPilot.values().get(1)).isEqualTo(0.2);
        assertThat(rest.values().get(1)).isEqualTo(0.2);
        assertThat(chart(pilot, "process").rows()).hasSize(2);
        assertThat(chart(pilot, "adherence-trend").rows()).hasSize(1);

        // narrowed to Support: its two people outside the pilot are too few
        AnalyticsSection support = asHr("pilot", new AnalyticsFilter(c.supportId(), null, now, now));
        AnalyticsChart.Row supportRest = row(chart(support, "activity"), "analytics.group.rest");
        assertThat(supportRest.suppressed()).isTrue();
        assertThat(supportRest.values()).containsOnlyNulls();
        assertThat(row(chart(support, "activity"), "analytics.group.pilot").people()).isZero();
    }

    @Test
    void thePeriodNeverChangesWhoIsBehindAFigure() {
        for (AnalyticsFilter filter : List.of(new AnalyticsFilter(null, true, now, now),
                new AnalyticsFilter(null, true, now.minusMonths(23), now),
                new AnalyticsFilter(c.salesId(), true, now.minusMonths(5), now.minusMonths(2)))) {
            AnalyticsChart volume = chart(asHr("feedback", filter), "volume");
            volume.rows().forEach(row -> assertThat(row.people() == null || row.people() == 5 || row.people() == 0)
                    .as(filter + " " + row).isTrue());
        }
    }

    @Test
    void managersSeeTheirReportingLineOnlyAndOthersAreRefused() {
        AnalyticsSection mine = signedIn(as(c, c.manager()), () -> analytics.section("feedback",
                new AnalyticsFilter(null, null, now, now)));
        // the manager's employee, team lead and member: all in Sales
        assertThat(row(chart(mine, "volume"), "analytics.group.all").people()).isEqualTo(3);
        assertThat(row(chart(mine, "volume"), "analytics.group.all").values()).containsExactly(1.0, 0.3);
        assertThat(signedIn(as(c, c.manager()), () -> analytics.mayView())).isTrue();
        assertThat(signedIn(as(c, c.employee()), () -> analytics.mayView())).isFalse();
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> analytics.section("goals", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> analytics.sections()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> analytics.section("goals", null)))
                .isInstanceOf(AccessDeniedException.class);
        // a team lead manages the member: below the threshold, so every group is hidden
        AnalyticsSection lead = signedIn(as(c, c.teamLead()), () -> analytics.section("feedback", null));
        assertThat(chart(lead, "volume").rows()).allMatch(AnalyticsChart.Row::suppressed);
        // managers get no survey results (HR's)
        AnalyticsSection pilot = signedIn(as(c, c.manager()), () -> analytics.section("pilot", null));
        assertThat(pilot.charts()).noneMatch(chart -> chart.id().startsWith("survey-"));
    }

    @Test
    void everyPageAnswersFromItsSqlAggregates() {
        for (Analytics.SectionInfo info : signedIn(as(c, c.hrAdmin()), () -> analytics.sections())) {
            AnalyticsSection section = asHr(info.id(), new AnalyticsFilter(null, null, now.minusMonths(23), now));
            assertThat(section.charts()).as(info.id()).isNotEmpty();
            section.charts().forEach(chart -> chart.rows().forEach(row ->
                    assertThat(row.values()).hasSize(chart.columns().size())));
        }
        assertThat(row(chart(asHr("goals", null), "progress"), "analytics.group.all").people()).isEqualTo(10);
        assertThat(chart(asHr("competencies", null), "heatmap").columns()).isNotEmpty();
        assertThat(chart(asHr("one-on-ones", null), "trend").rows()).hasSize(12);
    }

    @Test
    void badFiltersAreRefusedWithAMessage() {
        assertThatThrownBy(() -> asHr("goals", new AnalyticsFilter(null, null, now, now.minusMonths(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asHr("goals", new AnalyticsFilter(null, null, now.minusMonths(24), now)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asHr("goals", new AnalyticsFilter(java.util.UUID.randomUUID(), null, now, now)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asHr("nothing", null)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void csvCarriesTheTableInTheReadersLanguage() {
        AnalyticsChart volume = chart(asHr("feedback", new AnalyticsFilter(null, null, now, now)), "volume");
        String swedish = csv.write(volume, Locale.forLanguageTag("sv"));
        assertThat(swedish.lines().findFirst().orElseThrow()).isEqualTo("Grupp,Personer,Utvecklande återkoppling per person,Beröm per person");
        assertThat(swedish).contains("Alla,10,0.3,0.2").contains("Dold,,");
    }
}
