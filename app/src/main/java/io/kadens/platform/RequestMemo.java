package io.kadens.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept for the length of one UI round trip: the facts that several parts of one page read, each in a
 * transaction of its own (the organisation's settings), are read once per round trip instead of once per
 * transaction (docs/decisions/2026-12-07-ui-statements-per-view.md). The UI opens the scope around each request
 * it handles and closes it at the end; outside an open scope (REST, scheduled work, tests) nothing is kept and
 * every read goes to the database, as before.
 *
 * <p>Keys name what is kept and for which tenant, so that work in another tenant's scope within the same round
 * trip never sees this tenant's answer. Whoever changes a kept fact forgets it ({@link #forget}).
 */
public final class RequestMemo {

    private static final ThreadLocal<Map<Object, Object>> SCOPE = new ThreadLocal<>();

    private RequestMemo() {
    }

    /** Starts a round trip's scope on this thread, forgetting whatever an earlier one left. */
    public static void open() {
        SCOPE.set(new HashMap<>());
    }

    /** Ends the round trip's scope on this thread. */
    public static void close() {
        SCOPE.remove();
    }

    /** The answer kept under {@code key} in this round trip, read (and kept) when there is none; read only outside one. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        Map<Object, Object> scope = SCOPE.get();
        if (scope == null) {
            return read.get();
        }
        Object kept = scope.get(key);
        if (kept == null) {
            kept = read.get();
            if (kept != null) {
                scope.put(key, kept);
            }
        }
        return (T) kept;
    }

    /** Forgets the answer kept under {@code key}: the next reader reads again. */
    public static void forget(Object key) {
        Map<Object, Object> scope = SCOPE.get();
        if (scope != null) {
            scope.remove(key);
        }
    }
}
