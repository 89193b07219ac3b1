package io.kadens.scale;

import io.kadens.analytics.Analytics;
import io.kadens.analytics.AnalyticsFilter;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * Every analytics page for an HR admin (the whole tenant) and for a division head (a sixth of it) in one
 * generated tenant of {@code kadens.bench.people} people (default 10,000) with two years of goals, check-ins,
 * 1:1s, feedback and training ({@link ScaleData.Shape#TWO_YEARS}), Sales and Finance as pilot groups. Each page is
 * computed as the view and the REST API compute it ({@link Analytics#section}) for the last twelve months and for
 * the two years. Target: p95 under 300 ms. Prints p50/p95/p99 and the machine's load; asserts nothing.
 * Run with {@code -Pbench -Dtest=AnalyticsBenchmark}.
 */
@KadensSpringTest
class AnalyticsBenchmark {

    @Autowired
    Analytics analytics;
    @Autowired
    RolloutPlanning planning;
    @Autowired
    io.kadens.goals.GoalAnalytics goalAnalytics;
    @Autowired
    java.time.Clock clock;

    @Test
    void everyAnalyticsPage() throws Exception {
        int size = Integer.getInteger("kadens.bench.people", 10_000);
        int rounds = Integer.getInteger("kadens.bench.rounds", 40);
        String slug = "bench-analytics-" + Long.toString(System.nanoTime(), 36);
        long started = System.nanoTime();
        UUID tenant;
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            tenant = new ScaleData(owner, ScaleData.Shape.TWO_YEARS, "{noop}unused").tenant(slug, size);
        }
        System.out.printf("[bench] %,d people with two years of data generated in %.1f s; load %s%n", size,
                (System.nanoTime() - started) / 1e9, ScaleDataGenerator.load());
        TenantId id = new TenantId(tenant);
        Authentication hr = TestTenants.token(new KadensUser(id, ScaleData.person(tenant, 2), "hr@" + slug + ".example",
                "HR", slug, "Scale " + slug, EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR_ADMIN), "en"));
        Authentication divisionHead = TestTenants.token(new KadensUser(id, ScaleData.person(tenant, 3),
                "head@" + slug + ".example", "Head", slug, "Scale " + slug, EnumSet.of(Role.EMPLOYEE, Role.MANAGER), "en"));
        UUID sales = ScaleData.id(tenant + ":d:1");
        UUID finance = ScaleData.id(tenant + ":d:4");
        TestTenants.signedIn(hr, () -> planning.createGroup(new PilotGroupData("Sales and Finance",
                DepartmentKind.SALES, Set.of(), Set.of(sales, finance), Set.of(), Set.of(), Set.of())));
        // The scheduled job's work for this tenant: the goal figures kept per person and goal period (V202).
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        long refreshStarted = System.nanoTime();
        io.kadens.tenants.TenantScope.call(id, () -> goalAnalytics.refreshKeptFigures(today));
        System.out.printf("[bench] kept goal figures refreshed in %.0f ms; load %s%n",
                (System.nanoTime() - refreshStarted) / 1e6, ScaleDataGenerator.load());
        YearMonth last = ScaleData.START.plusYears(2).minusDays(1).query(YearMonth::from);
        List<AnalyticsFilter> filters = List.of(new AnalyticsFilter(null, null, last.minusMonths(11), last),
                new AnalyticsFilter(null, null, last.minusMonths(23), last),
                new AnalyticsFilter(sales, true, last.minusMonths(11), last));
        for (Analytics.SectionInfo section : TestTenants.signedIn(hr, () -> analytics.sections())) {
            for (AnalyticsFilter filter : filters) {
                String label = section.id() + (filter.departmentId() != null ? ", Sales pilot" : "") + ", "
                        + filter.from() + ".." + filter.to();
                measure("HR: " + label, rounds, () -> TestTenants.signedIn(hr,
                        () -> analytics.section(section.id(), filter)).charts().size());
            }
            measure("division head: " + section.id() + ", 12 months", rounds, () -> TestTenants.signedIn(divisionHead,
                    () -> analytics.section(section.id(), filters.get(0))).charts().size());
        }
    }

    private static void measure(String label, int rounds, IntSupplier call) {
        for (int i = 0; i < Math.min(5, rounds); i++) {
            call.getAsInt();
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.getAsInt();
            histogram.recordValue(System.nanoTime() - start);
        }
        System.out.printf("[bench] %-62s n=%d p50 %.1f ms  p95 %.1f ms  p99 %.1f ms; load %s%n", label, rounds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(95) / 1e6,
                histogram.getValueAtPercentile(99) / 1e6, ScaleDataGenerator.load());
    }
}
