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

    @Test
    void generate() throws Exception {
        int tenants = Integer.getInteger("kadens.generate.tenants", 10);
        int people = Integer.getInteger("kadens.generate.people", 200);
        int large = Integer.getInteger("kadens.generate.large-tenant", 0);
        int threads = Integer.getInteger("kadens.generate.threads", 2);
        String database = System.getProperty("kadens.generate.database", "kadens_scale");
        TestDatabase settings = TestDatabase.get();
        String url = "jdbc:postgresql://" + settings.host() + ":" + settings.port() + "/" + database;
        createIfMissing(settings, database);
        Flyway.configure().dataSource(url, settings.ownerUser(), settings.ownerPassword())
                .placeholders(Map.of("app_role", settings.appUser())).load().migrate();

        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        System.out.printf("[scale] generating %d tenants x %d people%s into %s on %d connections; load before: %s%n",
                tenants, people, large > 0 ? " plus one tenant of " + large : "", database, threads, load());
        long started = System.nanoTime();
        List<Runnable> work = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        if (large > 0) {
            work.add(() -> make(url, settings, hash, "scale-large", large, done, tenants + 1));
        }
        for (int i = 1; i <= tenants; i++) {
            String slug = "scale-%05d".formatted(i);
            work.add(() -> make(url, settings, hash, slug, people, done, tenants + (large > 0 ? 1 : 0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = work.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[scale] done in %.1f s; load after: %s%n", seconds, load());
        // Where the time went, summed over the connections (so it adds up to about threads x the wall time).
        ScaleData.TIME_PER_STEP.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(step -> System.out.printf("[scale]   %-36s %8.1f s%n", step.getKey(), step.getValue().sum() / 1e9));
        try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword());
             Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("select relname, n_live_tup from pg_stat_user_tables"
                     + " where relname in ('tenant','employee','goal','key_result','goal_check_in','one_on_one_meeting',"
                     + "'check_in','feedback','praise','training_progress','knowledge_chunk') order by relname")) {
            while (rows.next()) {
                System.out.printf("[scale]   %-20s ~%,d rows%n", rows.getString(1), rows.getLong(2));
            }
        }
    }

    private static void make(String url, TestDatabase settings, String hash, String slug, int people,
                             AtomicInteger done, int total) {
        try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword())) {
            new ScaleData(owner, ScaleData.Shape.TWO_YEARS, hash).tenant(slug, people);
            int n = done.incrementAndGet();
            if (n % 50 == 0 || n == total || people > 1000) {
                System.out.printf("[scale] %d/%d tenants (%s, %d people)%n", n, total, slug, people);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("generating " + slug + " failed: " + e.getMessage(), e);
        }
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
