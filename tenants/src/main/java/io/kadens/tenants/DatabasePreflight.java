package io.kadens.tenants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks at start-up that PostgreSQL answers and has pgvector 0.8 or newer, so that a missing
 * database becomes one clear message instead of a stack trace from deep inside a pool.
 */
public final class DatabasePreflight {

    /** The command that prepares everything the database needs. */
    public static final String FIX_COMMAND = "bash .ci/start (or: . .ci/env.sh)";

    private DatabasePreflight() {
    }

    public static void verify(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            verifyVector(connection, jdbcUrl);
        } catch (SQLException e) {
            throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.UNREACHABLE,
                    "PostgreSQL is unreachable at " + jdbcUrl + " as " + user + " (" + e.getMessage()
                            + "). Fix: " + FIX_COMMAND, e);
        }
    }

    private static void verifyVector(Connection connection, String jdbcUrl) throws SQLException {
        String installed = single(connection, "select extversion from pg_extension where extname = 'vector'");
        if (installed == null) {
            String available = single(connection,
                    "select default_version from pg_available_extensions where name = 'vector'");
            boolean superuser = "on".equals(single(connection, "select current_setting('is_superuser')"));
            if (available == null) {
                throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.PGVECTOR_MISSING,
                        "pgvector is not installed in the PostgreSQL at " + jdbcUrl + ". Fix: " + FIX_COMMAND, null);
            }
            if (!superuser) {
                // pgvector is not a trusted extension: only a superuser can create it in the database.
                throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.PGVECTOR_MISSING,
                        "pgvector " + available + " is installed but not enabled in the database at " + jdbcUrl
                                + " (a superuser must run CREATE EXTENSION vector there). Fix: " + FIX_COMMAND, null);
            }
            installed = available;
        }
        if (!atLeast(installed, 0, 8)) {
            throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.PGVECTOR_MISSING,
                    "pgvector " + installed + " is too old at " + jdbcUrl + " (0.8 or newer is needed). Fix: "
                            + FIX_COMMAND, null);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        int actualMajor = Integer.parseInt(parts[0]);
        int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
        return actualMajor > major || (actualMajor == major && actualMinor >= minor);
    }
}
