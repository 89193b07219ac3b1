package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL restarted (an immediate stop, as in a crash, then a start) during a stream of writes through the
 * application's pool settings and transaction handling: every acknowledged write is still there, every write
 * that failed failed as "database unavailable" (which the REST API answers with 503 and a clear message, see
 * {@link ApiErrors}), and writes succeed again within 10 s of the server being back. Runs on a private
 * PostgreSQL cluster of its own (initdb in a temporary folder), so the shared server is never restarted;
 * needs the local PostgreSQL binaries and {@code runuser}, as the environment script provides.
 */
class DatabaseRestartTest {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private Path folder;
    private HikariDataSource pool;

    @AfterEach
    void stopCluster() throws Exception {
        if (pool != null) {
            pool.close();
        }
        if (folder != null) {
            postgres("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "stop");
            postgres("rm", "-rf", folder.resolve("data").toString());
            Files.deleteIfExists(folder.resolve("postgres.log"));
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void acknowledgedWritesSurviveARestartFailedOnesSayTheDatabaseIsUnavailableAndWritesResume() throws Exception {
        assumeTrue(Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "no local PostgreSQL 15 binaries");
        folder = Files.createTempDirectory("kadens-restart",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        String data = folder.resolve("data").toString();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // A throwaway cluster on loopback only, for this test's lifetime.
        postgres(BIN.resolve("initdb").toString(), "-D", data, "-U", "postgres", "--auth=trust");
        String options = "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c shared_buffers=16MB";
        postgres(BIN.resolve("pg_ctl").toString(), "-D", data, "-l", folder.resolve("postgres.log").toString(),
                "-o", options, "-w", "start");

        // The application's pool settings (application.yml): 10 connections, a 5 s wait for one.
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5_000);
        pool = new HikariDataSource(config);
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        jdbc.execute("create table write_probe (id bigint primary key, written_at timestamptz not null default now())");
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(pool));

        Set<Long> acknowledged = Collections.synchronizedSet(new HashSet<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> {
                while (writing.get()) {
                    long id = next.incrementAndGet();
                    try {
                        transactions.executeWithoutResult(status -> {
                            jdbc.update("insert into write_probe (id) values (?)", id);
                            jdbc.update("update write_probe set written_at = now() where id = ?", id);
                        });
                        acknowledged.add(id);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 200);

        // The server writes to the log file, never to this process's pipe (which would then stay open).
        postgres(BIN.resolve("pg_ctl").toString(), "-D", data, "-l", folder.resolve("postgres.log").toString(),
                "-m", "immediate", "-o", options, "-w", "restart");
        Instant back = Instant.now();
        long acknowledgedWhenBack = acknowledged.size();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() > acknowledgedWhenBack + 50);
        System.out.printf("[restart] writes acknowledged again %d ms after the server was back; %d writes failed"
                + " during the restart%n", Duration.between(back, Instant.now()).toMillis(), failures.size());
        writing.set(false);
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }

        Set<Long> stored = new HashSet<>(jdbc.queryForList("select id from write_probe", Long.class));
        assertThat(stored).as("every acknowledged write after the restart").containsAll(Set.copyOf(acknowledged));
        failures.stream().filter(failure -> !ApiErrors.databaseUnavailable(failure)).limit(2)
                .forEach(failure -> failure.printStackTrace(System.out));
        assertThat(failures).as("failed writes, each one 'database unavailable'")
                .allMatch(ApiErrors::databaseUnavailable);
    }

    /** Runs a PostgreSQL program as the postgres user (initdb refuses root). */
    private static void postgres(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
