package io.kadens.people.ui;

import io.kadens.frontend.TreeChart;
import io.kadens.people.OrgChartNode;
import io.kadens.people.PeopleService;
import io.kadens.scale.ScaleData;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The org chart's picture in one generated tenant of {@code kadens.bench.people} people (default 10,000):
 * the server time of the first view (the top and the level under it, with headcounts, as JSON) and of one
 * expand (a division head's reports, about a sixth of the organisation below them), and how many nodes
 * each sends. Prints p50/p95 and the machine's load; asserts nothing.
 * Run with {@code -Pbench -Dtest=OrgChartDiagramBenchmark}.
 */
@KadensSpringTest
class OrgChartDiagramBenchmark {

    @Autowired
    PeopleService people;

    @Test
    void firstViewAndOneExpand() throws Exception {
        int size = Integer.getInteger("kadens.bench.people", 10_000);
        int rounds = Integer.getInteger("kadens.bench.rounds", 50);
        String slug = "bench-orgchart-" + Long.toString(System.nanoTime(), 36);
        UUID tenant;
        long started = System.nanoTime();
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            tenant = new ScaleData(owner, new ScaleData.Shape(1, 1, 1, 1, 5, 1), "{noop}unused").tenant(slug, size);
        }
        System.out.printf("[bench] org of %,d people generated in %.1f s; load %s%n", size,
                (System.nanoTime() - started) / 1e9, load());
        TenantId id = new TenantId(tenant);
        KadensUser hr = new KadensUser(id, ScaleData.person(tenant, 2), "hr@" + slug + ".example", "HR", slug,
                "Scale " + slug, EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), "en");
        var token = TestTenants.token(hr);
        OrgChartDiagram.Texts texts = (key, parameters) -> key;
        String divisionHead = ScaleData.person(tenant, 2).toString();

        int[] nodes = new int[2];
        int[] bytes = new int[2];
        measure("org chart, first view (top + one level, JSON)", rounds, () -> TestTenants.signedIn(token, () -> {
            TreeChart<OrgChartNode> chart = new OrgChartDiagram(people, texts).chart();
            nodes[0] = chart.nodesShown();
            bytes[0] = chart.option().length();
            return chart;
        }));
        measure("org chart, one expand (a division head, JSON)", rounds, () -> TestTenants.signedIn(token, () -> {
            // A chart loads a node's children once, so each round opens the node on a fresh chart and times
            // only the expand (the round's result); the first view is measured above.
            TreeChart<OrgChartNode> fresh = new OrgChartDiagram(people, texts).chart();
            long start = System.nanoTime();
            fresh.toggle(divisionHead);
            nodes[1] = fresh.nodesShown();
            bytes[1] = fresh.option().length();
            return System.nanoTime() - start;
        }));
        System.out.printf("[bench] first view sends %d nodes (%,d bytes of JSON); after one expand %d nodes (%,d bytes)%n",
                nodes[0], bytes[0], nodes[1], bytes[1]);
    }

    private static void measure(String label, int rounds, Supplier<?> call) {
        for (int i = 0; i < Math.min(10, rounds); i++) {
            call.get();
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            long elapsed = result instanceof Long expandOnly ? expandOnly : System.nanoTime() - start;
            histogram.recordValue(elapsed);
        }
        System.out.printf("[bench] %-48s n=%d p50 %.2f ms  p95 %.2f ms  max %.2f ms; load %s%n", label, rounds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(95) / 1e6,
                histogram.getMaxValue() / 1e6, load());
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
