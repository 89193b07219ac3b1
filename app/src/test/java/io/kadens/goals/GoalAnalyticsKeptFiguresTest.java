package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kadens.goals.GoalAnalytics.GoalFigures;
import io.kadens.platform.Cohort;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Goal figures kept per person and goal period (V202) are the live figures: after a refresh the kept figures equal
 * those counted from the goals for every month-aligned window and group; after a goal write they are no longer
 * used (the roll-up version moved) until the next refresh, and a tenant that never refreshed counts live.
 */
@KadensSpringTest
class GoalAnalyticsKeptFiguresTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalTracking tracking;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalAdministration administration;
    @Autowired
    GoalAnalytics analytics;
    @Autowired
    TestTenants tenants;
    @Autowired
    Clock clock;

    Company c;

    private <T> T asHr(Supplier<T> work) {
        return signedIn(as(c, c.hrAdmin()), work);
    }

    private static KeyResultData keyResult(KeyResultType type, int start, int target, int current, int weight,
                                           List<String> milestones) {
        return new KeyResultData("Measure", type, BigDecimal.valueOf(start), BigDecimal.valueOf(target),
                BigDecimal.valueOf(current), "", BigDecimal.valueOf(weight), milestones);
    }

    private UUID goal(UUID owner, UUID cycle, GoalStatus status, KeyResultData... keyResults) {
        return asHr(() -> {
            UUID id = goals.create(new GoalData("Goal", "", GoalLevel.INDIVIDUAL, null, null, owner,
                    Set.of(), null, GoalVisibility.TENANT, cycle, null, null, null, GoalKind.BUSINESS));
            for (KeyResultData keyResult : keyResults) {
                tracking.addKeyResult(id, keyResult);
            }
            if (status != GoalStatus.DRAFT) {
                goals.changeStatus(id, queries.detail(id).orElseThrow().summary().version(), GoalStatus.ACTIVE);
            }
            if (status != GoalStatus.DRAFT && status != GoalStatus.ACTIVE) {
                goals.changeStatus(id, queries.detail(id).orElseThrow().summary().version(), status);
            }
            return id;
        });
    }

    @Test
    void keptFiguresEqualTheLiveFiguresAndAreNotUsedAfterAWriteUntilTheNextRefresh() {
        c = tenants.create("keptgoalfigures");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UUID now = asHr(() -> administration.createCycle(new GoalCycleData("Now", CycleKind.QUARTER,
                today.minusDays(45), today.plusDays(45), false)));
        UUID before = asHr(() -> administration.createCycle(new GoalCycleData("Before", CycleKind.QUARTER,
                today.minusDays(400), today.minusDays(310), false)));
        goal(c.employee().id(), now, GoalStatus.ACTIVE, keyResult(KeyResultType.NUMERIC, 0, 100, 50, 1, List.of()));
        goal(c.employee().id(), now, GoalStatus.ACTIVE, keyResult(KeyResultType.PERCENTAGE, 0, 100, 5, 1, List.of()));
        goal(c.employee().id(), now, GoalStatus.ACTIVE, keyResult(KeyResultType.MILESTONES, 0, 0, 0, 1, List.of("a", "b")));
        goal(c.employee().id(), before, GoalStatus.MISSED, keyResult(KeyResultType.NUMERIC, 0, 100, 90, 1, List.of()));
        goal(c.manager().id(), now, GoalStatus.ACTIVE, keyResult(KeyResultType.NUMERIC, 0, 10, 9, 1, List.of()),
                keyResult(KeyResultType.BOOLEAN, 0, 1, 0, 3, List.of()));
        goal(c.manager().id(), before, GoalStatus.ACHIEVED, keyResult(KeyResultType.NUMERIC, 0, 100, 10, 1, List.of()));
        UUID later = goal(c.teamLead().id(), now, GoalStatus.ACTIVE);
        Cohort cohort = new Cohort(List.of(new Cohort.Member(c.employee().id(), c.salesId(), true),
                new Cohort.Member(c.manager().id(), c.salesId(), false),
                new Cohort.Member(c.teamLead().id(), null, false)));
        LocalDate thisMonth = today.withDayOfMonth(1);
        List<LocalDate[]> windows = List.of(new LocalDate[] {thisMonth.minusMonths(11), thisMonth.plusMonths(1)},
                new LocalDate[] {thisMonth.minusMonths(23), thisMonth.plusMonths(1)},
                new LocalDate[] {thisMonth, thisMonth.plusMonths(1)},
                new LocalDate[] {thisMonth.minusMonths(14), thisMonth.minusMonths(9)},
                new LocalDate[] {thisMonth.plusMonths(4), thisMonth.plusMonths(6)});

        assertThat(asHr(() -> analytics.keptFiguresExact(today))).as("a tenant that never refreshed counts live").isFalse();
        assertThat(asHr(() -> analytics.keptFiguresComputedAt(today))).isEmpty();
        assertSameFiguresKeptAndLive(cohort, windows, today, false);

        assertThat(asHr(() -> analytics.refreshKeptFigures(today))).as("the first refresh computes").isTrue();
        assertThat(asHr(() -> analytics.keptFiguresExact(today))).isTrue();
        assertThat(asHr(() -> analytics.keptFiguresComputedAt(today))).isPresent();
        assertThat(asHr(() -> analytics.refreshKeptFigures(today))).as("nothing changed: nothing to do").isFalse();
        assertThat(asHr(() -> analytics.keptFiguresExact(today.plusDays(1)))).as("health depends on the day").isFalse();
        assertSameFiguresKeptAndLive(cohort, windows, today, true);

        // A key result moves: the kept figures are stale and the page counts live until the next refresh.
        asHr(() -> {
            tracking.addKeyResult(later, keyResult(KeyResultType.NUMERIC, 0, 10, 10, 1, List.of()));
            return null;
        });
        assertThat(asHr(() -> analytics.keptFiguresExact(today))).as("after a write").isFalse();
        assertSameFiguresKeptAndLive(cohort, windows, today, false);
        assertThat(asHr(() -> analytics.refreshKeptFigures(today))).isTrue();
        assertSameFiguresKeptAndLive(cohort, windows, today, true);
    }

    /** What {@code figures} answers equals the live count; with {@code kept}, the kept rows answer the same too. */
    private void assertSameFiguresKeptAndLive(Cohort cohort, List<LocalDate[]> windows, LocalDate today, boolean kept) {
        for (LocalDate[] window : windows) {
            List<GoalFigures> live = sorted(asHr(() -> analytics.liveFigures(cohort, window[0], window[1], today)));
            assertSame(sorted(asHr(() -> analytics.figures(cohort, window[0], window[1], today))), live);
            if (kept) {
                assertSame(sorted(asHr(() -> analytics.keptFigures(cohort, window[0], window[1]))), live);
            }
        }
        assertThat(asHr(() -> analytics.liveFigures(cohort, today.withDayOfMonth(1).minusMonths(11),
                today.withDayOfMonth(1).plusMonths(1), today))).as("the figures are not trivially empty").isNotEmpty();
    }

    private static void assertSame(List<GoalFigures> actual, List<GoalFigures> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            GoalFigures a = actual.get(i);
            GoalFigures e = expected.get(i);
            assertThat(a.progressSum()).isCloseTo(e.progressSum(), within(1e-9));
            assertThat(new GoalFigures(a.departmentId(), a.pilot(), a.goals(), 0, a.onTrack(), a.atRisk(), a.offTrack(),
                    a.aligned())).isEqualTo(new GoalFigures(e.departmentId(), e.pilot(), e.goals(), 0, e.onTrack(),
                    e.atRisk(), e.offTrack(), e.aligned()));
        }
    }

    private static List<GoalFigures> sorted(List<GoalFigures> figures) {
        return figures.stream().sorted(Comparator.comparing((GoalFigures f) -> String.valueOf(f.departmentId()))
                .thenComparing(GoalFigures::pilot)).toList();
    }
}
