package io.kadens.platform;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares a transaction that runs aggregate queries over a large share of a tenant's rows (the analytics pages),
 * so that PostgreSQL plans and runs them for what they are rather than for the small lookups of the rest of Kadens.
 */
@Component
public class AggregateQueries implements DisposableBean {

    /**
     * Queries running side by side for all pages of this instance together: as many as the database's two cores
     * can run at once. None waits in a queue; when both are busy, the caller runs its query itself.
     */
    static final int SIDE_BY_SIDE = 2;

    private final DSLContext db;
    private final TransactionTemplate readOnly;
    private final ThreadPoolExecutor workers;

    AggregateQueries(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, SIDE_BY_SIDE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
            Thread thread = new Thread(work, "kadens-aggregate-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts an aggregate query of a page on another connection, so that the page's independent queries run side by
     * side instead of one after another; the answer is read with {@link Supplier#get()}. The query runs in its own
     * read-only transaction, prepared as {@link #prepareTransaction()} does, as the same signed-in user (their
     * security context travels along, so the same tenant and person are bound and row-level security is the same).
     * Its snapshot may be a moment apart from the caller's; analytics figures allow that. When no worker is free, or
     * the worker fails (no connection in time, say), the query runs in the caller's own transaction instead.
     */
    public <T> Supplier<T> alongside(Supplier<T> query) {
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext caller = contexts.getContext();
        Future<T> answer;
        try {
            answer = workers.submit(() -> {
                contexts.setContext(caller);
                try {
                    return readOnly.execute(status -> {
                        prepareTransaction();
                        return query.get();
                    });
                } finally {
                    contexts.clearContext();
                }
            });
        } catch (RejectedExecutionException busy) {
            return query;
        }
        return () -> {
            try {
                return answer.get();
            } catch (ExecutionException failed) {
                // Run here what failed there: a real error of the query fails here as well, with its own stack.
                return query.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                throw new IllegalStateException("interrupted while waiting for an aggregate query", interrupted);
            }
        };
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** Applies to the rest of the caller's transaction only ({@code SET LOCAL}); must run inside one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepareTransaction() {
        // A cohort is bound as arrays that unnest to as many people as the viewer sees. A cached generic plan cannot
        // know that number and assumes ten, then joins 10,000 people's rows by nested loops; a plan made for the
        // bound values costs a few milliseconds of planning and saves seconds.
        db.execute("set local plan_cache_mode = force_custom_plan");
        // Counting distinct people per group sorts a year of a large tenant's rows: in memory, not spilled to disk.
        db.execute("set local work_mem = '32MB'");
    }
}
