package io.kadens.platform;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.db.tables.records.DepartmentRecord;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every tenant-owned table, read from the catalogue so that tables of later features are
     * covered too: bound to A, the application role sees rows of A only; bound to nobody, none.
     */
    @Test
    void everyTenantOwnedTableShowsTheApplicationRoleOnlyTheBoundTenant() throws Exception {
        TestDatabase database = TestDatabase.get();
        List<String> tables = new ArrayList<>();
        try (Connection owner = database.openAsOwner(); Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("select c.table_name from information_schema.columns c"
                     + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                     + " where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("employee", "department", "user_account", "user_role");
        try (Connection app = database.openAsApp(); Statement sql = app.createStatement()) {
            for (String table : tables) {
                sql.execute("select set_config('app.tenant_id', '" + a.id() + "', false)");
                assertThat(count(sql, "select count(*) from " + table + " where tenant_id <> '" + a.id() + "'"))
                        .as("rows of other tenants in %s", table).isZero();
                sql.execute("select set_config('app.tenant_id', '', false)");
                assertThat(count(sql, "select count(*) from " + table)).as("rows of %s with no tenant bound", table)
                        .isZero();
            }
            sql.execute("select set_config('app.tenant_id', '" + a.id() + "', false)");
            assertThat(count(sql, "select count(*) from user_role")).as("A's HR admin role is visible to A").isOne();
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
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

    /** The column default (V94) fills tenant_id from the bound tenant, however jOOQ leaves the column out. */
    @Test
    void anInsertThatLeavesTenantIdOutGetsTheBoundTenant() {
        UUID plain = UUID.randomUUID();
        UUID stored = UUID.randomUUID();
        UUID fromRecord = UUID.randomUUID();
        TenantScope.run(a.id(), () -> tx().executeWithoutResult(s -> {
            db.insertInto(DEPARTMENT).set(DEPARTMENT.ID, plain).set(DEPARTMENT.NAME, "Filled by default").execute();
            DepartmentRecord record = db.newRecord(DEPARTMENT);
            record.setId(stored);
            record.setName("Stored record");
            record.store();
            DepartmentRecord detached = new DepartmentRecord();
            detached.setId(fromRecord);
            detached.setName("Inserted record");
            db.insertInto(DEPARTMENT).set(detached).execute();
        }));
        var tenantsOfRows = TenantScope.call(a.id(), () -> tx().execute(s -> db.select(DEPARTMENT.ID, DEPARTMENT.TENANT_ID)
                .from(DEPARTMENT).where(DEPARTMENT.ID.in(plain, stored, fromRecord))
                .fetchMap(DEPARTMENT.ID, DEPARTMENT.TENANT_ID)));
        assertThat(tenantsOfRows).containsOnlyKeys(plain, stored, fromRecord).containsValue(a.id().value())
                .allSatisfy((id, tenant) -> assertThat(tenant).isEqualTo(a.id().value()));
    }

    @Test
    void withNoTenantBoundAnInsertThatLeavesTenantIdOutIsRefused() {
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.ID, UUID.randomUUID()).set(DEPARTMENT.NAME, "Nobody's").execute()))
                .rootCause().satisfiesAnyOf(
                        refusal -> assertThat(refusal).hasMessageContaining("row-level security"),
                        refusal -> assertThat(refusal).hasMessageContaining("null value in column \"tenant_id\""));
    }
}
