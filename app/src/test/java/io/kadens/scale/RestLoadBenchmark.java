package io.kadens.scale;

import io.kadens.support.TestDatabaseInitializer;
import io.kadens.support.TestMailInitializer;
import io.kadens.support.TestOperationsInitializer;
import io.kadens.support.TestSlackInitializer;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import io.kadens.tenants.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The REST persona mix with {@code kadens.bench.clients} concurrent clients (default 50) over generated tenants
 * ({@code kadens.bench.tenants} x {@code kadens.bench.people}, default 20 x 200), against the application on a
 * real port. Each client is a person with a bearer token, picked at random per request among five people of
 * every tenant (a division head, a manager, three individual contributors). Prints p50/p95/p99 and errors per
 * operation and for reads and writes together, with the machine's load; asserts nothing.
 * Run with {@code -Pbench -Dtest=RestLoadBenchmark} (docs/decisions/2026-12-05-load-benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class,
        TestSlackInitializer.class, TestOperationsInitializer.class})
class RestLoadBenchmark {

    @LocalServerPort
    int port;

    record Persona(UUID tenant, int person, String token, boolean manager) {
    }

    enum Operation {
        MY_GOALS(false, 25), TEAM_GOALS(false, 10), FEEDBACK_RECEIVED(false, 15), ORG_CHART(false, 10),
        DIRECTORY_SEARCH(false, 10), GOAL_CHECK_IN(true, 15), GIVE_FEEDBACK(true, 15);

        final boolean write;
        final int weight;

        Operation(boolean write, int weight) {
            this.write = write;
            this.weight = weight;
        }
    }

    @Test
    void restPersonaMix() throws Exception {
        int tenants = Integer.getInteger("kadens.bench.tenants", 20);
        int people = Integer.getInteger("kadens.bench.people", 200);
        int clients = Integer.getInteger("kadens.bench.clients", 50);
        Duration duration = Duration.ofSeconds(Integer.getInteger("kadens.bench.seconds", 30));
        List<Persona> personas = prepare(tenants, people);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, personas, clients, Duration.ofSeconds(Math.min(10, duration.toSeconds() / 3)), null);
        Map<Operation, Recorder> recorders = new TreeMap<>();
        for (Operation operation : Operation.values()) {
            recorders.put(operation, new Recorder(3));
        }
        Map<Operation, AtomicLong> errors = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long requests = run(http, personas, clients, duration, new Measurements(recorders, errors));
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("[bench] REST mix: %d clients, %d tenants x %d people, %.0f s, %,d requests (%.0f/s); load %s%n",
                clients, tenants, people, seconds, requests, requests / seconds, ScaleDataGenerator.load());
        Histogram reads = new Histogram(3);
        Histogram writes = new Histogram(3);
        long readErrors = 0;
        long writeErrors = 0;
        for (var entry : recorders.entrySet()) {
            Histogram histogram = entry.getValue().getIntervalHistogram();
            long failed = errors.getOrDefault(entry.getKey(), new AtomicLong()).get();
            print(entry.getKey().name(), histogram, failed);
            (entry.getKey().write ? writes : reads).add(histogram);
            if (entry.getKey().write) {
                writeErrors += failed;
            } else {
                readErrors += failed;
            }
        }
        print("ALL READS (target p95 <= 50 ms)", reads, readErrors);
        print("ALL WRITES (target p95 <= 100 ms)", writes, writeErrors);
    }

    record Measurements(Map<Operation, Recorder> recorders, Map<Operation, AtomicLong> errors) {
    }

    private static void print(String label, Histogram histogram, long errors) {
        System.out.printf("[bench]   %-34s n=%,7d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  errors %d%n", label,
                histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e6,
                histogram.getValueAtPercentile(95) / 1e6, histogram.getValueAtPercentile(99) / 1e6, errors);
    }

    private long run(HttpClient http, List<Persona> personas, int clients, Duration duration, Measurements measurements)
            throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        AtomicLong count = new AtomicLong();
        int totalWeight = 0;
        for (Operation operation : Operation.values()) {
            totalWeight += operation.weight;
        }
        int weights = totalWeight;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < until) {
                        Persona persona = personas.get(random.nextInt(personas.size()));
                        Operation operation = pick(random.nextInt(weights));
                        HttpRequest request = request(persona, operation, random);
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            ok = response.statusCode() / 100 == 2;
                        } catch (Exception e) {
                            ok = false;
                        }
                        long took = System.nanoTime() - start;
                        count.incrementAndGet();
                        if (measurements != null) {
                            measurements.recorders().get(operation).recordValue(took);
                            if (!ok) {
                                measurements.errors().computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        return count.get();
    }

    private static Operation pick(int roll) {
        for (Operation operation : Operation.values()) {
            roll -= operation.weight;
            if (roll < 0) {
                return operation;
            }
        }
        return Operation.MY_GOALS;
    }

    private HttpRequest request(Persona persona, Operation operation, ThreadLocalRandom random) {
        String base = "http://localhost:" + port;
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + persona.token()).header("Accept", "application/json");
        String tenant = persona.tenant().toString();
        return switch (operation) {
            case MY_GOALS -> builder.uri(URI.create(base + "/api/v1/goals/mine")).GET().build();
            case TEAM_GOALS -> builder.uri(URI.create(base + "/api/v1/goals/team")).GET().build();
            case FEEDBACK_RECEIVED -> builder.uri(URI.create(base + "/api/v1/feedback/received")).GET().build();
            case ORG_CHART -> builder.uri(URI.create(base + "/api/v1/org-chart")).GET().build();
            case DIRECTORY_SEARCH -> builder.uri(URI.create(base + "/api/v1/people?q="
                    + List.of("maria", "erik%20lund", "engineer", "anna%20berg").get(random.nextInt(4)))).GET().build();
            case GOAL_CHECK_IN -> {
                // The person's goal of the current (last generated) quarter and its key result.
                UUID goal = ScaleData.id(tenant + ":gi:" + (ScaleData.Shape.TWO_YEARS.quarters() - 1) + ":" + persona.person());
                UUID keyResult = ScaleData.id(goal + ":kr");
                yield builder.uri(URI.create(base + "/api/v1/goals/" + goal + "/check-ins"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"keyResultId\":\"" + keyResult + "\",\"value\":"
                                + random.nextInt(101) + ",\"confidence\":7,\"comment\":\"Load benchmark check-in\"}"))
                        .build();
            }
            case GIVE_FEEDBACK -> {
                int receiver = persona.person() == 2 ? 3 : 2;
                yield builder.uri(URI.create(base + "/api/v1/feedback")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"receiverId\":\""
                                + ScaleData.person(persona.tenant(), receiver) + "\",\"text\":\"Thanks for the clear plan.\"}"))
                        .build();
            }
        };
    }

    /** Generates the tenants and gives five people of each a read-write token. */
    private static List<Persona> prepare(int tenants, int people) throws Exception {
        List<Persona> personas = new ArrayList<>();
        long started = System.nanoTime();
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            ScaleData data = new ScaleData(owner, ScaleData.Shape.TWO_YEARS, "{noop}unused");
            String run = Long.toString(System.nanoTime(), 36);
            for (int t = 1; t <= tenants; t++) {
                UUID tenant = data.tenant("bench-" + run + "-" + t, people);
                owner.setAutoCommit(false);
                try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, true)");
                     PreparedStatement insert = owner.prepareStatement("insert into api_token (id, employee_id, name,"
                             + " token_hash, created_at, scope) values (?, ?, 'load benchmark', ?, now(), 'READ_WRITE')")) {
                    bind.setString(1, tenant.toString());
                    bind.execute();
                    // A division head (manages managers), a manager, three individual contributors.
                    for (int person : new int[] {2, 8, people, people - 1, people / 2 + 1}) {
                        String token = TenantTokens.newToken("kdn_", new TenantId(tenant));
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, ScaleData.person(tenant, person));
                        insert.setString(3, TenantTokens.hash(token));
                        insert.addBatch();
                        personas.add(new Persona(tenant, person, token, person <= (people - 2) / 6 + 1));
                    }
                    insert.executeBatch();
                    owner.commit();
                } finally {
                    owner.setAutoCommit(true);
                }
            }
        }
        System.out.printf("[bench] %d tenants x %d people generated in %.1f s; load %s%n", tenants, people,
                (System.nanoTime() - started) / 1e9, ScaleDataGenerator.load());
        return personas;
    }
}
