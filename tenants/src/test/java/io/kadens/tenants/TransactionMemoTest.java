package io.kadens.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.tenants.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Answers kept for one transaction: read once, read again when forgotten, never shared with another transaction. */
class TransactionMemoTest {

    private final TenantBindingTransactionManager manager = new TenantBindingTransactionManager(dataSource(),
            CurrentTenantResolver.NONE);
    private final AtomicInteger reads = new AtomicInteger();

    private static DriverManagerDataSource dataSource() {
        TestDatabase db = TestDatabase.get();
        return new DriverManagerDataSource(db.jdbcUrl(), db.appUser(), db.appPassword());
    }

    private Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void withinOneTransactionTheAnswerIsReadOnceUntilItIsForgotten() {
        new TransactionTemplate(manager).executeWithoutResult(status -> {
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(1);
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(1);
            assertThat((Integer) TransactionMemo.get("other key", this::read)).isEqualTo(2);
            TransactionMemo.forget("answer");
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(3);
        });
        // The next transaction reads its own.
        new TransactionTemplate(manager).executeWithoutResult(status ->
                assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(4));
    }

    @Test
    void anInnerTransactionReadsItsOwnAndTheOuterKeepsItsAnswer() {
        TransactionTemplate inner = new TransactionTemplate(manager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(manager).executeWithoutResult(outer -> {
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(1);
            inner.executeWithoutResult(status -> {
                assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(2);
                assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(2);
            });
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(1);
        });
    }

    @Test
    void outsideATransactionAndWhileItCompletesEveryCallReads() {
        assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(1);
        assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(2);
        new TransactionTemplate(manager).executeWithoutResult(status -> {
            assertThat((Integer) TransactionMemo.get("answer", this::read)).isEqualTo(3);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // Still kept while the transaction's own work ends ...
                    assertThat((Integer) TransactionMemo.get("answer", TransactionMemoTest.this::read)).isEqualTo(3);
                }

                @Override
                public void afterCompletion(int outcome) {
                    // ... but not once it completes.
                    assertThat((Integer) TransactionMemo.get("answer", TransactionMemoTest.this::read)).isEqualTo(4);
                }
            });
        });
        assertThat(reads).hasValue(4);
    }
}
