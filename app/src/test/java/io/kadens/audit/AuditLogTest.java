package io.kadens.audit;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@KadensSpringTest
class AuditLogTest {

    record PersonState(String name, String title) {
    }

    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    @Test
    void anEntryKeepsWhoWhenWhatAndBothStatesAndFiltersFindIt() {
        Company c = tenants.create("audited");
        Instant before = Instant.now().minusSeconds(1);
        signedIn(as(c, c.hrAdmin()), () -> {
            inTransaction(() -> auditLog.record("person.updated", "person", c.employee().id().toString(),
                    new PersonState("Ann", "Analyst"), new PersonState("Ann", "Senior analyst")));
            inTransaction(() -> auditLog.record("department.created", "department", c.salesId().toString(),
                    null, "Sales"));
            return null;
        });
        TenantScope.run(c.id(), () -> inTransaction(() -> auditLog.recordAs("SCIM token Okta", "person.deactivated",
                "person", c.member().id().toString(), null, null)));

        List<AuditEntry> all = signedIn(as(c, c.hrAdmin()), () -> auditLog.search(AuditQuery.all(), 0, 50));
        assertThat(all).extracting(AuditEntry::action)
                .containsExactly("person.deactivated", "department.created", "person.updated");
        AuditEntry update = all.get(2);
        assertThat(update.actorId()).isEqualTo(c.hrAdmin().id());
        assertThat(update.actorLabel()).contains("Hradmin");
        assertThat(update.occurredAt()).isAfter(before);
        assertThat(update.beforeState()).contains("\"title\"").contains("Analyst");
        assertThat(update.afterState()).contains("Senior analyst");
        assertThat(all.get(0).actorLabel()).isEqualTo("SCIM token Okta");
        assertThat(all.get(0).actorId()).isNull();

        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.search(
                new AuditQuery("person", null, null, null, null, null, null), 0, 50)))
                .extracting(AuditEntry::action).containsExactly("person.deactivated", "person.updated");
        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.search(
                new AuditQuery(null, "scim", null, null, null, null, null), 0, 50))).hasSize(1);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.search(
                AuditQuery.about("person", c.employee().id().toString()), 0, 50))).hasSize(1);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.search(
                new AuditQuery(null, null, null, null, null, Instant.now().plusSeconds(60), null), 0, 50))).isEmpty();
        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.count(AuditQuery.all()))).isEqualTo(3);
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheTransactionOfItsChange() {
        Company c = tenants.create("mandatory");
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            auditLog.record("person.updated", "person", "x", null, null);
            return null;
        })).isInstanceOf(IllegalTransactionStateException.class);
        // a rolled-back change leaves no entry behind
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            inTransaction(() -> {
                auditLog.record("person.updated", "person", "x", null, null);
                throw new IllegalStateException("the change failed");
            });
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> auditLog.count(AuditQuery.all()))).isZero();
    }

    @Test
    void onlyHrAdminsReadItAndEachTenantSeesItsOwn() {
        Company a = tenants.create("audita");
        Company b = tenants.create("auditb");
        signedIn(as(a, a.hrAdmin()), () -> {
            inTransaction(() -> auditLog.record("person.updated", "person", "a", null, null));
            return null;
        });
        assertThat(signedIn(as(b, b.hrAdmin()), () -> auditLog.count(AuditQuery.all()))).isZero();
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> auditLog.search(AuditQuery.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> auditLog.search(AuditQuery.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApplicationRoleCannotChangeOrRemoveAnEntry() throws Exception {
        Company c = tenants.create("appendonly");
        signedIn(as(c, c.hrAdmin()), () -> {
            inTransaction(() -> auditLog.record("person.updated", "person", "x", null, null));
            return null;
        });
        try (Connection app = TestDatabase.get().openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("SELECT set_config('app.tenant_id', '" + c.id().value() + "', false)");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET action = 'person.created'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("permission denied");
        }
    }
}
