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

    /** What some work returned and how many statements it ran. */
    public record Counted<T>(T value, int queries) {
    }

    private final ExecuteListener listener = new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext context) {
            AtomicInteger count = COUNTING.get();
            if (count != null) {
                count.incrementAndGet();
            }
        }
    };

    @Override
    public ExecuteListener provide() {
        return listener;
    }

    public <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger previous = COUNTING.get();
        AtomicInteger count = new AtomicInteger();
        COUNTING.set(count);
        try {
            T value = work.get();
            return new Counted<>(value, count.get());
        } finally {
            if (previous == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(previous);
            }
        }
    }
}
