package io.kadens.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a request that got no database connection because every connection of the pool was in use for
 * as long as it may wait ({@code spring.datasource.hikari.connection-timeout}): the database is there, this
 * instance is too busy. The pool then throws {@link SQLTransientConnectionException} with no SQLSTATE and no
 * database error behind it; an unreachable database gives the same exception with the driver's class 08
 * error as its cause. Both are answered 503 with Retry-After, with different words
 * (docs/decisions/2026-12-06-rest-request-cost.md).
 */
public final class DatabaseBusy {

    /** Seconds a client is asked to wait before trying again: the pool drains within a few hundred ms. */
    public static final String RETRY_AFTER_SECONDS = "1";
    /** The message key of what the caller is told. */
    public static final String MESSAGE_KEY = "api.error.busy";

    private DatabaseBusy() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException pool && pool.getSQLState() == null
                    && !(pool.getCause() instanceof SQLException)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure that says the database could not be reached, went away or had no connection free in time, not
     * that it refused the statement (the REST API answers it 503 with Retry-After; nothing was committed).
     */
    public static boolean orUnavailable(Throwable failure) {
        return ApiErrors.databaseUnavailable(failure);
    }
}
