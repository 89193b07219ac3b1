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
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select coalesce((select extversion from pg_extension where extname = 'vector'),"
                             + " (select default_version from pg_available_extensions where name = 'vector'))")) {
            String version = rows.next() ? rows.getString(1) : null;
            if (version == null) {
                throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.PGVECTOR_MISSING,
                        "pgvector is not installed in the PostgreSQL at " + jdbcUrl + ". Fix: " + FIX_COMMAND, null);
            }
            if (!atLeast(version, 0, 8)) {
                throw new DatabaseNotReadyException(DatabaseNotReadyException.Problem.PGVECTOR_MISSING,
                        "pgvector " + version + " is too old at " + jdbcUrl + " (0.8 or newer is needed). Fix: "
                                + FIX_COMMAND, null);
            }
        }
    }

    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        int actualMajor = Integer.parseInt(parts[0]);
        int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
        return actualMajor > major || (actualMajor == major && actualMinor >= minor);
    }
}
