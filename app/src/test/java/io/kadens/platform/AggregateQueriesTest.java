package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantScope;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The settings the analytics pages' transactions run with, through the application's own pool. */
@KadensSpringTest
class AggregateQueriesTest {

    @Autowired
    DSLContext db;
    @Autowired
    AggregateQueries aggregateQueries;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    private List<String> settings() {
        return List.of(show("jit"), show("plan_cache_mode"), show("work_mem"));
    }

    private String show(String setting) {
        return String.valueOf(db.fetchValue("show " + setting));
    }

    @Test
    void aPreparedTransactionPlansForTheBoundValuesAndSortsInMemoryAndNothingElseDoes() {
        var company = tenants.create("aggq");
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        List<String> prepared = TenantScope.call(company.id(), () -> tx.execute(status -> {
            aggregateQueries.prepareTransaction();
            return settings();
        }));
        assertThat(prepared).containsExactly("off", "force_custom_plan", "32MB");

        // SET LOCAL ends with the transaction: the pooled connection goes back as it was.
        List<String> next = TenantScope.call(company.id(), () -> tx.execute(status -> settings()));
        assertThat(next.subList(0, 2)).containsExactly("off", "auto");
        assertThat(next.get(2)).isNotEqualTo("32MB");
    }

    @Test
    void outsideATransactionItIsRefused() {
        assertThatThrownBy(() -> aggregateQueries.prepareTransaction()).isInstanceOf(IllegalTransactionStateException.class);
    }
}
