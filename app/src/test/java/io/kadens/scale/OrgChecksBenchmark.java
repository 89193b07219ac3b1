package io.kadens.scale;

import io.kadens.people.OrgFacts;
import io.kadens.people.PeopleService;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Org checks and directory search in one generated tenant of {@code kadens.bench.people} people (default
 * 10,000), through the real services: "is A above B" and the manager chain (targets ≤ 1 ms), and a two-word
 * directory search (target ≤ 20 ms). Prints p50/p95/p99 and the machine's load; asserts nothing.
 * Run with {@code -Pbench -Dtest=OrgChecksBenchmark}.
 */
@KadensSpringTest
class OrgChecksBenchmark {

    @Autowired
    OrgFacts facts;
    @Autowired
    PeopleService people;

    @Test
    void orgChecksAndDirectorySearch() throws Exception {
        int size = Integer.getInteger("kadens.bench.people", 10_000);
        int rounds = Integer.getInteger("kadens.bench.rounds", 2_000);
        String slug = "bench-org-" + Long.toString(System.nanoTime(), 36);
        UUID tenant;
        long started = System.nanoTime();
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            tenant = new ScaleData(owner, new ScaleData.Shape(1, 1, 1, 1, 5, 1), "{noop}unused").tenant(slug, size);
        }
        System.out.printf("[bench] org of %,d people generated in %.1f s; load %s%n", size,
                (System.nanoTime() - started) / 1e9, ScaleDataGenerator.load());
        TenantId id = new TenantId(tenant);
        Random random = new Random(17);

        measure("is A above B (OrgFacts.isAbove)", rounds, i -> TenantScope.call(id, () ->
                facts.isAbove(person(tenant, 1 + random.nextInt(Math.min(size, 300))), person(tenant, 1 + random.nextInt(size)))));
        measure("manager chain (OrgFacts.managerChain)", rounds, i -> TenantScope.call(id, () ->
                facts.managerChain(person(tenant, 1 + random.nextInt(size)))));
        KadensUser hr = new KadensUser(id, person(tenant, 2), "hr@" + slug + ".example", "HR", slug, "Scale " + slug,
                EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), "en");
        String[] queries = {"maria berg", "erik lund", "anna engineer", "sales johansson", "olle dahl"};
        measure("directory search, two words (PeopleService.search)", Math.max(50, rounds / 10), i ->
                TestTenants.signedIn(TestTenants.token(hr), () -> people.search(queries[i % queries.length])));
    }

    private static UUID person(UUID tenant, int heapIndex) {
        return ScaleData.person(tenant, heapIndex);
    }

    private static void measure(String label, int rounds, IntConsumer call) {
        for (int i = 0; i < Math.min(200, rounds); i++) {
            call.accept(i);
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.accept(i);
            histogram.recordValue(System.nanoTime() - start);
        }
        System.out.printf("[bench] %-52s n=%d p50 %.2f ms  p95 %.2f ms  p99 %.2f ms; load %s%n", label, rounds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(95) / 1e6,
                histogram.getValueAtPercentile(99) / 1e6, ScaleDataGenerator.load());
    }
}
