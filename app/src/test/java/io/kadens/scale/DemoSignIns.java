package io.kadens.scale;

import static io.kadens.db.Tables.EMPLOYEE;

import io.kadens.demo.DemoSeeder;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.security.Accounts;
import io.kadens.tenants.TenantScope;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo companies with sign-in enabled for the given personas ({organisation slug, email, ...}), all with
 * {@link UiLoadBenchmark#PASSWORD}: what the UI benchmark and the UI cost test walk with. Imported by them as a bean.
 */
class DemoSignIns {

    private final DemoSeeder seeder;
    private final Organisations organisations;
    private final Accounts accounts;
    private final DSLContext db;
    private final TransactionTemplate transactions;

    DemoSignIns(DemoSeeder seeder, Organisations organisations, Accounts accounts, DSLContext db,
                PlatformTransactionManager transactionManager) {
        this.seeder = seeder;
        this.organisations = organisations;
        this.accounts = accounts;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void prepare(List<String[]> personas) {
        seeder.seed();
        for (String[] persona : personas) {
            Organisation organisation = organisations.bySlug(persona[0]).orElseThrow();
            TenantScope.call(organisation.id(), () -> transactions.execute(status -> {
                UUID id = db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(persona[1])).fetchOne(EMPLOYEE.ID);
                accounts.enableSignIn(id, UiLoadBenchmark.PASSWORD);
                return id;
            }));
        }
    }
}
