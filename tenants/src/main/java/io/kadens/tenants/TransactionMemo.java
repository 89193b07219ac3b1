package io.kadens.tenants;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers kept for the rest of the current transaction: facts that many services of one request ask for (the bound
 * tenant, the organisation's settings) are read once per transaction instead of once per call
 * (docs/decisions/2026-12-07-ui-statements-per-view.md).
 *
 * <p>What is kept lives with the transaction's synchronizations, so it is gone when the transaction ends and set
 * aside while an inner transaction of its own runs (Spring suspends the synchronizations with the transaction): an
 * inner transaction bound to another tenant reads its own. From the transaction's completion on, every read goes to
 * the database again. Outside a transaction nothing is kept.
 *
 * <p>Keys name what is kept and, where it depends on the tenant, for which tenant. Whoever changes a kept fact
 * forgets it ({@link #forget}).
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /** The answer kept under {@code key} in this transaction, read (and kept) when there is none. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        Kept kept = kept(true);
        if (kept == null || kept.completing) {
            return read.get();
        }
        Object value = kept.values.get(key);
        if (value == null) {
            value = read.get();
            if (value != null) {
                kept.values.put(key, value);
            }
        }
        return (T) value;
    }

    /** Forgets the answer kept under {@code key} in this transaction: the next reader reads again. */
    public static void forget(Object key) {
        Kept kept = kept(false);
        if (kept != null) {
            kept.values.remove(key);
        }
    }

    private static Kept kept(boolean create) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Kept kept) {
                return kept;
            }
        }
        if (!create) {
            return null;
        }
        Kept kept = new Kept();
        TransactionSynchronizationManager.registerSynchronization(kept);
        return kept;
    }

    /** This transaction's answers; once it is completing, the database is asked again, whatever it answers then. */
    private static final class Kept implements TransactionSynchronization {
        private final Map<Object, Object> values = new HashMap<>();
        private boolean completing;

        @Override
        public void beforeCompletion() {
            completing = true;
        }
    }
}
