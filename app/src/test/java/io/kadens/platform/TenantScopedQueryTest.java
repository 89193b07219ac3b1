package io.kadens.platform;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Repository level: jOOQ through the application's own pool and transaction manager. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantScopedQueryTest {

    @Autowired
    DSLContext db;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company a;
    Company b;

    @BeforeAll
    void companies() {
        a = tenants.create("rlsa");
        b = tenants.create("rlsb");
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    @Test
    void aQueryWithNoWhereClauseReturnsOnlyTheBoundTenantsRows() {
        var tenantsSeen = TenantScope.call(a.id(), () -> tx().execute(s ->
                db.selectDistinct(EMPLOYEE.TENANT_ID).from(EMPLOYEE).fetch(EMPLOYEE.TENANT_ID)));
        assertThat(tenantsSeen).containsExactly(a.id().value());

        var emails = TenantScope.call(b.id(), () -> tx().execute(s -> db.selectFrom(EMPLOYEE).fetch(EMPLOYEE.EMAIL)));
        assertThat(emails).contains(b.employee().email()).doesNotContain(a.employee().email());
    }

    @Test
    void withNoTenantBoundEveryTenantTableLooksEmpty() {
        assertThat(tx().<Integer>execute(s -> db.fetchCount(EMPLOYEE)).intValue()).isZero();
        assertThat(tx().<Integer>execute(s -> db.fetchCount(DEPARTMENT)).intValue()).isZero();
        // Outside any transaction nothing is bound either.
        assertThat(db.fetchCount(EMPLOYEE)).isZero();
    }

    @Test
    void aRowCannotBeWrittenIntoAnotherTenant() {
        assertThatThrownBy(() -> TenantScope.run(a.id(), () -> tx().executeWithoutResult(s ->
                db.insertInto(DEPARTMENT)
                        .set(DEPARTMENT.TENANT_ID, b.id().value())
                        .set(DEPARTMENT.ID, UUID.randomUUID())
                        .set(DEPARTMENT.NAME, "Smuggled")
                        .execute())))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void anotherTenantsRowsCannotBeUpdatedOrDeleted() {
        int updated = TenantScope.call(a.id(), () -> tx().execute(s -> db.update(EMPLOYEE)
                .set(EMPLOYEE.JOB_TITLE, "Hijacked").where(EMPLOYEE.ID.eq(b.employee().id())).execute()));
        int deleted = TenantScope.call(a.id(), () -> tx().execute(s ->
                db.deleteFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(b.salesId())).execute()));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        String title = TenantScope.call(b.id(), () -> tx().execute(s -> db.select(EMPLOYEE.JOB_TITLE).from(EMPLOYEE)
                .where(EMPLOYEE.ID.eq(b.employee().id())).fetchOne(EMPLOYEE.JOB_TITLE)));
        assertThat(title).isNotEqualTo("Hijacked");
    }
}
