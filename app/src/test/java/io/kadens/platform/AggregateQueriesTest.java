package io.kadens.platform;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
    void aQueryAlongsideRunsOnAnotherConnectionAsTheSameUserWithTheSameTenantAndSettings() {
        var company = tenants.create("aggq-side");
        tenants.create("aggq-other"); // more people in the database, none of them this tenant's
        String caller = Thread.currentThread().getName();
        List<String> seen = signedIn(as(company, company.hrAdmin()), () -> aggregateQueries.alongside(() -> List.of(
                Thread.currentThread().getName(), String.valueOf(db.fetchValue("select current_setting('app.tenant_id', true)")),
                show("plan_cache_mode"), show("work_mem"), String.valueOf(db.fetchValue("select count(*) from employee")))).get());
        assertThat(seen.get(0)).startsWith("kadens-aggregate-").isNotEqualTo(caller);
        assertThat(seen.get(1)).isEqualTo(company.id().value().toString());
        assertThat(seen.subList(2, 4)).containsExactly("force_custom_plan", "32MB");
        // Row-level security as the caller: the tenant's own people, none of the other tenant's.
        long own = TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(status ->
                db.fetchCount(org.jooq.impl.DSL.table("employee"))));
        assertThat(Long.parseLong(seen.get(4))).isEqualTo(own).isPositive();
    }

    @Test
    void whenBothWorkersAreBusyOrAWorkerFailsTheCallerRunsTheQueryItself() throws Exception {
        var company = tenants.create("aggq-busy");
        String caller = Thread.currentThread().getName();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(AggregateQueries.SIDE_BY_SIDE);
        List<Supplier<String>> blocking = new ArrayList<>();
        signedIn(as(company, company.hrAdmin()), () -> {
            for (int i = 0; i < AggregateQueries.SIDE_BY_SIDE; i++) {
                blocking.add(aggregateQueries.alongside(() -> {
                    started.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Thread.currentThread().getName();
                }));
            }
            return null;
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        String third = signedIn(as(company, company.hrAdmin()),
                () -> aggregateQueries.alongside(() -> Thread.currentThread().getName()).get());
        assertThat(third).isEqualTo(caller);
        release.countDown();
        assertThat(blocking).allSatisfy(answer -> assertThat(answer.get()).startsWith("kadens-aggregate-"));

        // A query that fails on the worker's connection (here: on the worker only) is run again by the caller.
        String rerun = signedIn(as(company, company.hrAdmin()), () -> aggregateQueries.alongside(() -> {
            if (Thread.currentThread().getName().startsWith("kadens-aggregate-")) {
                throw new IllegalStateException("no connection in time");
            }
            return Thread.currentThread().getName();
        }).get());
        assertThat(rerun).isEqualTo(caller);
    }

    @Test
    void outsideATransactionItIsRefused() {
        assertThatThrownBy(() -> aggregateQueries.prepareTransaction()).isInstanceOf(IllegalTransactionStateException.class);
    }
}
