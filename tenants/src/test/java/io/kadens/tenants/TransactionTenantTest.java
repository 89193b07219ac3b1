package io.kadens.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.tenants.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bound tenant, kept for the rest of a transaction once read: an inner transaction of its own bound to another
 * tenant reads its own, the outer one still has its own afterwards, and from the transaction's completion on the
 * connection is asked again, as before.
 */
class TransactionTenantTest {

    private static final TenantId ACME = TenantId.random();
    private static final TenantId GLOBEX = TenantId.random();

    private final DriverManagerDataSource dataSource = dataSource();
    private final TenantBindingTransactionManager manager = new TenantBindingTransactionManager(dataSource,
            CurrentTenantResolver.NONE);
    private final TransactionTenant tenant = new TransactionTenant(dataSource);

    private static DriverManagerDataSource dataSource() {
        TestDatabase db = TestDatabase.get();
        return new DriverManagerDataSource(db.jdbcUrl(), db.appUser(), db.appPassword());
    }

    @Test
    void anInnerTransactionForAnotherTenantReadsItsOwnAndTheOuterKeepsItsOwn() {
        List<TenantId> seen = new ArrayList<>();
        TransactionTemplate inner = new TransactionTemplate(manager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TenantScope.run(ACME, () -> new TransactionTemplate(manager).executeWithoutResult(outer -> {
            seen.add(tenant.require());
            TenantScope.run(GLOBEX, () -> inner.executeWithoutResult(status -> {
                seen.add(tenant.require());
                seen.add(tenant.require());
            }));
            seen.add(tenant.require());
        }));
        assertThat(seen).containsExactly(ACME, GLOBEX, GLOBEX, ACME);
    }

    @Test
    void afterTheTransactionNothingIsKept() {
        List<TenantId> seen = new ArrayList<>();
        TenantScope.run(ACME, () -> new TransactionTemplate(manager).executeWithoutResult(status -> {
            seen.add(tenant.require());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // Committed: the transaction-local binding is gone, and the connection says so.
                    assertThatThrownBy(tenant::require).isInstanceOf(IllegalStateException.class);
                    seen.add(null);
                }
            });
        }));
        assertThat(seen).containsExactly(ACME, null);
        assertThatThrownBy(tenant::require).isInstanceOf(IllegalStateException.class);
    }
}
