package io.kadens.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements jOOQ runs on the calling thread while a piece of work runs: every feature's
 * repository goes through jOOQ, so tests can show that a check costs the same for one id as for fifty.
 * Spring Boot hands every {@link ExecuteListenerProvider} bean to jOOQ's configuration.
 */
@Component
public class QueryCounter implements ExecuteListenerProvider {

    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();
    private static final ThreadLocal<java.util.List<String>> STATEMENTS = new ThreadLocal<>();

    /** What some work returned, how many statements it ran, and their SQL (for a failing test's message). */
    public record Counted<T>(T value, int queries, java.util.List<String> statements) {
    }

    private final ExecuteListener listener = new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext context) {
            AtomicInteger count = COUNTING.get();
            if (count != null) {
                count.incrementAndGet();
                java.util.List<String> statements = STATEMENTS.get();
                if (statements != null) {
                    statements.add(context.sql());
                }
            }
        }
    };

    @Override
    public ExecuteListener provide() {
        return listener;
    }

    public <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger previous = COUNTING.get();
        java.util.List<String> previousStatements = STATEMENTS.get();
        AtomicInteger count = new AtomicInteger();
        java.util.List<String> statements = new java.util.ArrayList<>();
        COUNTING.set(count);
        STATEMENTS.set(statements);
        try {
            T value = work.get();
            return new Counted<>(value, count.get(), java.util.List.copyOf(statements));
        } finally {
            STATEMENTS.set(previousStatements);
            if (previous == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(previous);
            }
        }
    }
}
