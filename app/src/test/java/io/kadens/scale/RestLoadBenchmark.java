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
 * real port, in two modes ({@code kadens.bench.mode}: {@code both}, the default, {@code closed} or {@code personas}):
 * <ul>
 * <li>CLOSED: every client sends its next request as soon as the answer arrives (no pause), each time as a
 * random person among five of every tenant (a division head, a manager, three individual contributors). This
 * saturates the server: it measures the throughput it sustains, and the latency is mostly queueing.</li>
 * <li>PERSONAS: each client is one person of its own tenant and pauses an exponentially distributed think time
 * of mean {@code kadens.bench.thinkMillis} (default 1,000 ms) between an answer and its next request, as Gatling's
 * and JMeter's virtual users do.</li>
 * </ul>
 * Prints, per mode, throughput, p50/p95/p99 and errors per operation and for reads and writes together, the CPU per
 * request (this JVM and the database backends) and the machine's load; asserts nothing.
 * Run with {@code -Pbench -Dtest=RestLoadBenchmark} (docs/decisions/2026-12-05-load-benchmarks.md,
 * docs/decisions/2026-12-06-rest-persona-load.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class,
        TestSlackInitializer.class, TestOperationsInitializer.class})
class RestLoadBenchmark {

    @LocalServerPort
    int port;

    record Persona(UUID tenant, int person, String token, boolean manager) {
    }

    /** Each tenant gives five people a token, in this order (see {@link #prepare}). */
    private static final int PER_TENANT = 5;

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

    /** How the clients send: back to back (saturation), or as personas with think time between requests. */
    enum Mode {
        CLOSED, PERSONAS
    }

    @Test
    void restPersonaMix() throws Exception {
        int tenants = Integer.getInteger("kadens.bench.tenants", 20);
        int people = Integer.getInteger("kadens.bench.people", 200);
        int clients = Integer.getInteger("kadens.bench.clients", 50);
        Duration duration = Duration.ofSeconds(Integer.getInteger("kadens.bench.seconds", 30));
        long thinkMillis = Long.getLong("kadens.bench.thinkMillis", 1000);
        String modes = System.getProperty("kadens.bench.mode", "both").toLowerCase(java.util.Locale.ROOT);
        List<Persona> personas = prepare(tenants, people);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, personas, clients, Mode.CLOSED, 0, Duration.ofSeconds(Math.min(10, duration.toSeconds() / 3)), null);
        if (!modes.equals("personas")) {
            measure(http, personas, tenants, people, clients, Mode.CLOSED, 0, duration);
        }
        if (!modes.equals("closed")) {
            measure(http, personas, tenants, people, clients, Mode.PERSONAS, thinkMillis, duration);
        }
    }

    /** One measured window in one mode, printed: throughput, latencies per operation and for reads and writes, errors, CPU. */
    private void measure(HttpClient http, List<Persona> personas, int tenants, int people, int clients, Mode mode,
                         long thinkMillis, Duration duration) throws Exception {
        Map<Operation, Recorder> recorders = new TreeMap<>();
        for (Operation operation : Operation.values()) {
            recorders.put(operation, new Recorder(3));
        }
        Measurements measurements = new Measurements(recorders, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                new AtomicLong());
        String loadBefore = ScaleDataGenerator.load();
        CpuTimes before = CpuTimes.now();
        long started = System.nanoTime();
        long requests = run(http, personas, clients, mode, thinkMillis, duration, measurements);
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTimes used = CpuTimes.now().minus(before);

        if (mode == Mode.CLOSED) {
            System.out.printf("[bench] REST mix, CLOSED (no pause: each client sends its next request when the answer"
                    + " arrives, a random persona per request): %d clients, %d tenants x %d people%n", clients, tenants, people);
        } else {
            System.out.printf("[bench] REST mix, PERSONAS (each client one persona of its own tenant, exponential think"
                            + " time of mean %,d ms between an answer and its next request; paused on average %,.0f ms):"
                            + " %d clients, %d tenants x %d people%n", thinkMillis,
                    measurements.paused().get() / 1e6 / Math.max(1, requests), clients, tenants, people);
        }
        System.out.printf("[bench]   %.0f s, %,d requests, %.1f requests/s; load before %s, after %s%n", seconds, requests,
                requests / seconds, loadBefore, ScaleDataGenerator.load());
        System.out.printf("[bench]   CPU per request: benchmark JVM (server and its clients) %.2f ms, database backends"
                        + " %.2f ms; the machine's cores %.0f %% busy (all processes)%n", used.jvmNanos() / 1e6 / Math.max(1, requests),
                used.databaseNanos() / 1e6 / Math.max(1, requests), 100 * used.machineBusy());
        Histogram reads = new Histogram(3);
        Histogram writes = new Histogram(3);
        long readErrors = 0;
        long writeErrors = 0;
        for (var entry : recorders.entrySet()) {
            Histogram histogram = entry.getValue().getIntervalHistogram();
            long failed = measurements.errors().getOrDefault(entry.getKey(), new AtomicLong()).get();
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
        if (!measurements.statuses().isEmpty()) {
            System.out.printf("[bench]   errors by status (0: no answer): %s%n", new TreeMap<>(measurements.statuses()));
        }
    }

    record Measurements(Map<Operation, Recorder> recorders, Map<Operation, AtomicLong> errors,
                        Map<Integer, AtomicLong> statuses, AtomicLong paused) {
    }

    private static void print(String label, Histogram histogram, long errors) {
        System.out.printf("[bench]   %-34s n=%,7d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  errors %d%n", label,
                histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e6,
                histogram.getValueAtPercentile(95) / 1e6, histogram.getValueAtPercentile(99) / 1e6, errors);
    }

    /**
     * Closed model either way (a client sends its next request only after the answer), as Gatling's and JMeter's
     * virtual users do. {@link Mode#CLOSED}: no pause and a random persona per request, so the clients keep the
     * server saturated and latency is queueing (Little's law: p50 about clients / throughput). {@link Mode#PERSONAS}:
     * client c is one persona (tenant c, one of its five people) and waits an exponentially distributed think time
     * between an answer and its next request, like Gatling's exponential pauses.
     */
    private long run(HttpClient http, List<Persona> personas, int clients, Mode mode, long thinkMillis, Duration duration,
                     Measurements measurements) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        AtomicLong count = new AtomicLong();
        int totalWeight = 0;
        for (Operation operation : Operation.values()) {
            totalWeight += operation.weight;
        }
        int weights = totalWeight;
        int tenants = personas.size() / PER_TENANT;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                // Tenant c (wrapping round), and among its people the division head, manager and contributors in turn.
                Persona own = personas.get((c % tenants) * PER_TENANT + (c / tenants + c) % PER_TENANT);
                pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (mode == Mode.PERSONAS) {
                        // Clients start spread over one think time, not all at once.
                        pause((long) (random.nextDouble() * thinkMillis * 1_000_000L), until, null);
                    }
                    while (System.nanoTime() < until) {
                        Persona persona = mode == Mode.PERSONAS ? own : personas.get(random.nextInt(personas.size()));
                        Operation operation = pick(random.nextInt(weights));
                        HttpRequest request = request(persona, operation, random);
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = 0;
                        }
                        long took = System.nanoTime() - start;
                        count.incrementAndGet();
                        if (measurements != null) {
                            measurements.recorders().get(operation).recordValue(took);
                            if (status / 100 != 2) {
                                measurements.errors().computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
                                measurements.statuses().computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                            }
                        }
                        if (mode == Mode.PERSONAS) {
                            // Exponential with the given mean: -mean * ln(1 - U).
                            pause((long) (-thinkMillis * 1_000_000.0 * Math.log(1 - random.nextDouble())), until,
                                    measurements == null ? null : measurements.paused());
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        return count.get();
    }

    private static void pause(long nanos, long until, AtomicLong paused) {
        long wait = Math.min(nanos, Math.max(0, until - System.nanoTime()));
        if (paused != null) {
            paused.addAndGet(wait);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * CPU used so far: this JVM's (the server and the benchmark's clients), the database backends serving this
     * test database (from /proc, Linux clock ticks of 10 ms), and the whole machine's busy share from /proc/stat.
     */
    record CpuTimes(long jvmNanos, long databaseNanos, long machineBusyTicks, long machineTicks) {

        static CpuTimes now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            long database = 0;
            try (Connection owner = TestDatabase.get().openAsOwner();
                 PreparedStatement backends = owner.prepareStatement(
                         "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
                 java.sql.ResultSet pids = backends.executeQuery()) {
                while (pids.next()) {
                    database += ticks(java.nio.file.Path.of("/proc/" + pids.getInt(1) + "/stat")) * 10_000_000L;
                }
            } catch (Exception e) {
                database = -1;
            }
            long busy = 0;
            long total = 0;
            try {
                String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                for (int i = 1; i < cpu.length; i++) {
                    long value = Long.parseLong(cpu[i]);
                    total += i <= 8 ? value : 0;
                    busy += i <= 8 && i != 4 && i != 5 ? value : 0;
                }
            } catch (Exception e) {
                total = -1;
            }
            return new CpuTimes(jvm, database, busy, total);
        }

        /** utime + stime of a process (fields 14 and 15 of /proc/pid/stat, counted after the command's parenthesis). */
        private static long ticks(java.nio.file.Path stat) {
            try {
                String text = java.nio.file.Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(jvmNanos - earlier.jvmNanos, databaseNanos - earlier.databaseNanos,
                    machineBusyTicks - earlier.machineBusyTicks, machineTicks - earlier.machineTicks);
        }

        double machineBusy() {
            return machineTicks <= 0 ? Double.NaN : (double) machineBusyTicks / machineTicks;
        }
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
