package io.kadens.scale;

import io.kadens.tenants.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The data generator's command (docs/operations.md "Generated data at scale"). Not part of the suite: its
 * name matches no test pattern, so it runs only when asked for by name:
 *
 * <pre>
 * mvn -B -o $KADENS_MAVEN_DB_ARGS -pl app -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dtest=ScaleDataGenerator -Dkadens.generate.tenants=1000 -Dkadens.generate.people=200 \
 *   -Dkadens.generate.large-tenant=10000 -Dkadens.generate.database=kadens_scale
 * </pre>
 *
 * It creates the database from the test template when it does not exist, migrates it as the owner, and
 * fills it on {@code kadens.generate.threads} connections (default 2), one transaction per tenant. Every
 * account's password is {@link #PASSWORD}. Prints rows, time and the machine's load.
 */
class ScaleDataGenerator {

    static final String PASSWORD = "kadens-scale";
    private static volatile long STARTED;

    @Test
    void generate() throws Exception {
        int tenants = Integer.getInteger("kadens.generate.tenants", 10);
        int people = Integer.getInteger("kadens.generate.people", 200);
        int large = Integer.getInteger("kadens.generate.large-tenant", 0);
        int threads = Integer.getInteger("kadens.generate.threads", 2);
        String database = System.getProperty("kadens.generate.database", "kadens_scale");
        generate(TestDatabase.get(), database, tenants, people, large, threads);
    }

    /**
     * Fills {@code database} on the server of {@code settings} (created from the test template when missing,
     * migrated first), then checks what it wrote: the vector index is there and valid with its migration's
     * definition, and the kept 1:1 adherence figures equal the live count. Throws when a check fails.
     */
    static void generate(TestDatabase settings, String database, int tenants, int people, int large, int threads)
            throws Exception {
        String url = "jdbc:postgresql://" + settings.host() + ":" + settings.port() + "/" + database;
        createIfMissing(settings, database);
        Flyway.configure().dataSource(url, settings.ownerUser(), settings.ownerPassword())
                .placeholders(Map.of("app_role", settings.appUser())).load().migrate();

        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        System.out.printf("[scale] generating %d tenants x %d people%s into %s on %d connections; load before: %s%n",
                tenants, people, large > 0 ? " plus one tenant of " + large : "", database, threads, load());
        long started = STARTED = System.nanoTime();
        // The vector index is built once after the load instead of taking each chunk as an insert (pgvector's
        // advice for initial loads): exactly the definition the migrations made, read back from the database.
        VectorIndex vectorIndex = VectorIndex.drop(url, settings);
        try {
            fill(url, settings, hash, tenants, people, large, threads);
        } finally {
            // Also after a failure: the database is never left without its index.
            vectorIndex.rebuild();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[scale] done in %.1f s (index build %.1f s of it); load after: %s%n", seconds,
                vectorIndex.buildNanos() / 1e9, load());
        // Where the time went, summed over the connections (so it adds up to about threads x the wall time).
        ScaleData.TIME_PER_STEP.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(step -> System.out.printf("[scale]   %-36s %8.1f s%n", step.getKey(), step.getValue().sum() / 1e9));
        try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword());
             Statement sql = owner.createStatement()) {
            vectorIndex.verify(owner);
            verifyKeptFigures(owner, tenants, large);
            try (ResultSet rows = sql.executeQuery("select relname, n_live_tup from pg_stat_user_tables"
                     + " where relname in ('tenant','employee','goal','key_result','goal_check_in','one_on_one_meeting',"
                     + "'check_in','feedback','praise','training_progress','knowledge_chunk') order by relname")) {
                while (rows.next()) {
                    System.out.printf("[scale]   %-20s ~%,d rows%n", rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet size = sql.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                size.next();
                System.out.printf("[scale]   database size %s%n", size.getString(1));
            }
        }
    }

    private static void fill(String url, TestDatabase settings, String hash, int tenants, int people, int large,
                             int threads) throws Exception {
        // The large tenant first, so that it overlaps with the small ones instead of running alone at the end.
        List<Map.Entry<String, Integer>> work = new ArrayList<>();
        if (large > 0) {
            work.add(Map.entry("scale-large", large));
        }
        for (int i = 1; i <= tenants; i++) {
            work.add(Map.entry("scale-%05d".formatted(i), people));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        // One connection per worker for all its tenants: a connection per tenant paid the sign-in and the server's
        // cold caches (catalogue, compiled trigger functions and their plans) a thousand times.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < Math.max(1, threads); w++) {
                futures.add(pool.submit(() -> {
                    try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword())) {
                        ScaleData data = new ScaleData(owner, ScaleData.Shape.TWO_YEARS, hash);
                        for (int k = next.getAndIncrement(); k < work.size(); k = next.getAndIncrement()) {
                            String slug = work.get(k).getKey();
                            int size = work.get(k).getValue();
                            try {
                                data.tenant(slug, size);
                            } catch (SQLException e) {
                                next.set(work.size());
                                throw new IllegalStateException("generating " + slug + " failed: " + e.getMessage(), e);
                            }
                            int n = done.incrementAndGet();
                            if (n % 50 == 0 || n == work.size() || size > 1000) {
                                System.out.printf("[scale] %d/%d tenants (%s, %d people) at %.0f s%n", n, work.size(),
                                        slug, size, (System.nanoTime() - STARTED) / 1e9);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The kept 1:1 adherence figures, which the generator writes itself (V217), equal the meetings and check-ins
     * counted live, for the large tenant and twenty spread over the others.
     */
    private static void verifyKeptFigures(Connection owner, int tenants, int large) throws SQLException {
        List<String> slugs = new ArrayList<>();
        if (large > 0) {
            slugs.add("scale-large");
        }
        for (int i = 1; i <= tenants; i += Math.max(1, tenants / 20)) {
            slugs.add("scale-%05d".formatted(i));
        }
        for (String slug : slugs) {
            long wrong = ScaleData.adherenceFiguresDifferingFromLive(owner, ScaleData.tenantId(slug));
            if (wrong != 0) {
                throw new IllegalStateException(slug + ": " + wrong + " kept 1:1 adherence months differ from the live count");
            }
        }
        System.out.printf("[scale] kept 1:1 adherence figures equal the live count in %d tenants%n", slugs.size());
    }

    private static void createIfMissing(TestDatabase settings, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name: lower-case letters, digits and _ only: " + database);
        }
        String admin = "jdbc:postgresql://" + settings.host() + ":" + settings.port() + "/postgres";
        try (Connection owner = DriverManager.getConnection(admin, settings.ownerUser(), settings.ownerPassword());
             Statement sql = owner.createStatement()) {
            try (ResultSet exists = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            String template = System.getProperty("kadens.db.test-template",
                    System.getenv().getOrDefault("KADENS_DB_TEST_TEMPLATE", "kadens_test_template"));
            sql.execute("CREATE DATABASE " + database + " TEMPLATE " + template);
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
