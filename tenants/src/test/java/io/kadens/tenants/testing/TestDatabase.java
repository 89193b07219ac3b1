package io.kadens.tenants.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One PostgreSQL database with pgvector for a whole test run, dropped afterwards.
 *
 * <p>With a Docker engine it is a {@code pgvector/pgvector:pg17} container; without one, a fresh
 * database copied from the local template {@code kadens_test_template} that the environment
 * script prepared (pgvector can only be created by a superuser, the template already has it).
 * Either way the database has the owner role that migrates and the non-owner application role.
 */
public final class TestDatabase {

    public static final String OWNER = "kadens_owner";
    public static final String APP = "kadens_app";
    /** The per-tenant export and import role (bypasses row-level security; SELECT and INSERT only). */
    public static final String PORTER = "kadens_porter";

    private static TestDatabase instance;
    private static PostgreSQLContainer container;
    private static final java.util.concurrent.atomic.AtomicInteger FRESH = new java.util.concurrent.atomic.AtomicInteger();

    private final String host;
    private final int port;
    private final String name;
    private final String ownerUser;
    private final String ownerPassword;
    private final String appUser;
    private final String appPassword;

    private TestDatabase(String host, int port, String name, String ownerUser, String ownerPassword,
                         String appUser, String appPassword) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
        this.appUser = appUser;
        this.appPassword = appPassword;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerMightAnswer() && DockerClientFactory.instance().isDockerAvailable()
                    ? startContainer() : createLocal();
        }
        return instance;
    }

    /**
     * Another database of its own, for a test that needs a second application against a clean
     * slate (a browser journey with its own settings). Local databases are dropped when the JVM
     * ends; a container's go with the container.
     */
    public static synchronized TestDatabase createFresh() {
        TestDatabase first = get();
        if (container == null) {
            return createLocal();
        }
        String name = "kadens_test_" + FRESH.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(container.getJdbcUrl(), "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create another test database in the container", e);
        }
        String url = "jdbc:postgresql://" + first.host() + ":" + first.port() + "/" + name;
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE EXTENSION vector");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create pgvector in the test database", e);
        }
        return new TestDatabase(first.host(), first.port(), name, OWNER, OWNER, APP, APP);
    }

    /** Asks Testcontainers only where a Docker engine could be, so machines without one get no error noise. */
    private static boolean dockerMightAnswer() {
        return System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows");
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String ownerUser() {
        return ownerUser;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appUser() {
        return appUser;
    }

    public String appPassword() {
        return appPassword;
    }

    public Connection openAsOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), ownerUser, ownerPassword);
    }

    public Connection openAsApp() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), appUser, appPassword);
    }

    private static TestDatabase startContainer() {
        container = new PostgreSQLContainer(DockerImageName.parse("pgvector/pgvector:pg17")
                .asCompatibleSubstituteFor("postgres"))
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres");
        container.start();
        String name = "kadens_test";
        try (Connection admin = DriverManager.getConnection(container.getJdbcUrl(), "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + OWNER + " LOGIN CREATEDB PASSWORD '" + OWNER + "'");
            sql.execute("CREATE ROLE " + APP + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + APP + "'");
            sql.execute("CREATE ROLE " + PORTER + " LOGIN NOSUPERUSER BYPASSRLS PASSWORD '" + PORTER + "'");
            sql.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the test database in the container", e);
        }
        String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + name;
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE EXTENSION vector");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create pgvector in the test database", e);
        }
        // The container is removed with the JVM (Testcontainers' reaper), and the database with it.
        return new TestDatabase(container.getHost(), container.getMappedPort(5432), name, OWNER, OWNER, APP, APP);
    }

    private static TestDatabase createLocal() {
        String host = setting("kadens.db.host", "KADENS_DB_HOST", "localhost");
        int port = Integer.parseInt(setting("kadens.db.port", "KADENS_DB_PORT", "5432"));
        String ownerUser = setting("kadens.db.owner-user", "KADENS_DB_OWNER_USER", OWNER);
        String ownerPassword = setting("kadens.db.owner-password", "KADENS_DB_OWNER_PASSWORD", OWNER);
        String appUser = setting("kadens.db.app-user", "KADENS_DB_APP_USER", APP);
        String appPassword = setting("kadens.db.app-password", "KADENS_DB_APP_PASSWORD", APP);
        String template = setting("kadens.db.test-template", "KADENS_DB_TEST_TEMPLATE", "kadens_test_template");
        // The creation time in the name lets the environment script drop databases of test runs that were killed.
        String name = "kadens_test_" + (System.currentTimeMillis() / 1000) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        // A copy fails while another session is connected to the template (a parallel run of the
        // environment script, or another copy starting): such a moment passes, so it is retried.
        for (int attempt = 1; ; attempt++) {
            try (Connection admin = DriverManager.getConnection(adminUrl, ownerUser, ownerPassword);
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
                break;
            } catch (SQLException e) {
                boolean templateBusy = "55006".equals(e.getSQLState());
                if (!templateBusy || attempt == 20) {
                    throw new IllegalStateException("No Docker engine, and no local PostgreSQL test template at "
                            + adminUrl + " (" + e.getMessage() + "). Prepare it with: . .ci/env.sh", e);
                }
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the test template", interrupted);
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, ownerUser, ownerPassword, name),
                "drop-test-database"));
        return new TestDatabase(host, port, name, ownerUser, ownerPassword, appUser, appPassword);
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        // The driver directly, not DriverManager: during JVM shutdown inside a test runner the
        // DriverManager's class-loader checks can refuse a driver that is plainly there.
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try (Connection admin = new org.postgresql.Driver().connect(adminUrl, credentials);
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
