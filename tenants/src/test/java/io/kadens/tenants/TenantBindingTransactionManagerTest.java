package io.kadens.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The row-level security plumbing against a real PostgreSQL, connected as the non-owner role
 * through one single pooled connection, so that a leak between transactions would show.
 */
class TenantBindingTransactionManagerTest {

    private static final TenantId ACME = TenantId.random();
    private static final TenantId GLOBEX = TenantId.random();

    private static SingleConnectionDataSource appDataSource;

    @BeforeAll
    static void createProbeTable() throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS rls_probe (tenant_id uuid NOT NULL, id uuid NOT NULL,"
                    + " label text NOT NULL, PRIMARY KEY (tenant_id, id))");
            sql.execute("ALTER TABLE rls_probe ENABLE ROW LEVEL SECURITY");
            sql.execute("ALTER TABLE rls_probe FORCE ROW LEVEL SECURITY");
            sql.execute("DROP POLICY IF EXISTS tenant_isolation ON rls_probe");
            sql.execute("CREATE POLICY tenant_isolation ON rls_probe USING (tenant_id = NULLIF("
                    + "current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF("
                    + "current_setting('app.tenant_id', true), '')::uuid)");
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON rls_probe TO " + db.appUser());
        }
        appDataSource = new SingleConnectionDataSource(db.jdbcUrl(), db.appUser(), db.appPassword(), true);
        appDataSource.setAutoCommit(true);
    }

    private static TransactionTemplate transactions(CurrentTenantResolver resolver) {
        return new TransactionTemplate(new TenantBindingTransactionManager(appDataSource, resolver));
    }

    private static void insert(TenantId tenant, String label) {
        TenantScope.run(tenant, () -> transactions(CurrentTenantResolver.NONE).executeWithoutResult(status ->
                new JdbcTemplate(appDataSource).update("insert into rls_probe values (?, ?, ?)",
                        tenant.value(), UUID.randomUUID(), label)));
    }

    private static List<String> labels(CurrentTenantResolver resolver) {
        return transactions(resolver).execute(status ->
                new JdbcTemplate(appDataSource).queryForList("select label from rls_probe order by label", String.class));
    }

    @Test
    void aQueryWithoutWhereClauseSeesOnlyTheBoundTenantsRows() {
        insert(ACME, "acme-1");
        insert(GLOBEX, "globex-1");

        List<String> acme = TenantScope.call(ACME, () -> labels(CurrentTenantResolver.NONE));
        List<String> globex = TenantScope.call(GLOBEX, () -> labels(CurrentTenantResolver.NONE));

        assertThat(acme).contains("acme-1").noneMatch(label -> label.startsWith("globex"));
        assertThat(globex).contains("globex-1").noneMatch(label -> label.startsWith("acme"));
    }

    @Test
    void withNoTenantBoundAQuerySeesZeroRows() {
        insert(ACME, "acme-unbound");
        assertThat(labels(CurrentTenantResolver.NONE)).isEmpty();
    }

    @Test
    void theResolverSuppliesTheTenantWhenNoScopeIsBoundAndAnExplicitScopeWins() {
        insert(ACME, "acme-resolved");
        insert(GLOBEX, "globex-resolved");
        CurrentTenantResolver signedInAsAcme = () -> Optional.of(ACME);

        assertThat(labels(signedInAsAcme)).contains("acme-resolved").doesNotContain("globex-resolved");
        assertThat(TenantScope.call(GLOBEX, () -> labels(signedInAsAcme)))
                .contains("globex-resolved").doesNotContain("acme-resolved");
    }

    @Test
    void theBindingDoesNotOutliveItsTransactionOnAPooledConnection() {
        insert(ACME, "acme-leak-check");
        TenantScope.run(ACME, () -> assertThat(labels(CurrentTenantResolver.NONE)).isNotEmpty());

        // Same physical connection, next transaction, nobody bound: nothing visible.
        assertThat(labels(CurrentTenantResolver.NONE)).isEmpty();
        AtomicReference<String> setting = new AtomicReference<>();
        transactions(CurrentTenantResolver.NONE).executeWithoutResult(status -> setting.set(
                new JdbcTemplate(appDataSource).queryForObject("select current_setting('app.tenant_id', true)",
                        String.class)));
        assertThat(setting.get()).isNullOrEmpty();
    }

    @Test
    void theBoundTenantCanBeReadBackInsideTheTransactionOnly() {
        var inside = TenantScope.call(GLOBEX, () -> transactions(CurrentTenantResolver.NONE).execute(status ->
                new JdbcTemplate(appDataSource).execute((java.sql.Connection c) -> BoundTenant.of(c))));
        assertThat(inside).contains(GLOBEX);
        var outside = transactions(CurrentTenantResolver.NONE).execute(status ->
                new JdbcTemplate(appDataSource).execute((java.sql.Connection c) -> BoundTenant.of(c)));
        assertThat(outside).isEmpty();
        assertThatThrownBy(() -> transactions(CurrentTenantResolver.NONE).execute(status ->
                new JdbcTemplate(appDataSource).execute((java.sql.Connection c) -> BoundTenant.require(c))))
                .hasMessageContaining("no tenant bound");
    }

    @Test
    void theTransactionTenantIsTheOneBoundToTheTransactionsConnection() {
        TransactionTenant transactionTenant = new TransactionTenant(appDataSource);
        TenantId inScope = TenantScope.call(ACME, () -> transactions(CurrentTenantResolver.NONE)
                .execute(status -> transactionTenant.require()));
        assertThat(inScope).isEqualTo(ACME);
        CurrentTenantResolver signedInAsGlobex = () -> Optional.of(GLOBEX);
        TenantId signedIn = transactions(signedInAsGlobex).execute(status -> transactionTenant.require());
        assertThat(signedIn).isEqualTo(GLOBEX);
        assertThatThrownBy(() -> transactions(CurrentTenantResolver.NONE).execute(status -> transactionTenant.require()))
                .hasMessageContaining("no tenant bound");
        // Outside a transaction nothing is bound, whatever scope the caller is in.
        assertThatThrownBy(() -> TenantScope.run(ACME, transactionTenant::require))
                .hasMessageContaining("no tenant bound");
    }

    @Test
    void aTenantCannotWriteRowsOfAnotherTenant() {
        assertThatThrownBy(() -> TenantScope.run(ACME, () -> transactions(CurrentTenantResolver.NONE)
                .executeWithoutResult(status -> new JdbcTemplate(appDataSource).update(
                        "insert into rls_probe values (?, ?, 'smuggled')", GLOBEX.value(), UUID.randomUUID()))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() {
        TenantScope.run(ACME, () -> transactions(CurrentTenantResolver.NONE).executeWithoutResult(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(appDataSource);
            assertThat(jdbc.queryForObject(
                    "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class))
                    .isFalse();
        }));
        assertThatThrownBy(() -> new JdbcTemplate(appDataSource).execute("ALTER TABLE rls_probe DISABLE ROW LEVEL SECURITY"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> new JdbcTemplate(appDataSource).execute("SET ROLE " + TestDatabase.OWNER))
                .rootCause().hasMessageContaining("permission denied");
        // With row_security off, PostgreSQL refuses the query rather than skipping the policy.
        assertThatThrownBy(() -> transactions(CurrentTenantResolver.NONE).executeWithoutResult(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(appDataSource);
            jdbc.execute("SET LOCAL row_security = off");
            jdbc.queryForList("select label from rls_probe", String.class);
        })).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void theSignedInPersonIsBoundWithTheirOwnTenantOnlyAndNeverOutlivesTheTransaction() {
        UUID sara = UUID.randomUUID();
        CurrentTenantResolver saraAtAcme = new CurrentTenantResolver() {
            @Override
            public Optional<TenantId> currentTenant() {
                return Optional.of(ACME);
            }

            @Override
            public Optional<UUID> currentPerson() {
                return Optional.of(sara);
            }
        };

        assertThat(boundPerson(saraAtAcme)).isEqualTo(sara.toString());
        assertThat(TenantScope.call(ACME, () -> boundPerson(saraAtAcme))).isEqualTo(sara.toString());
        // Work in an explicit scope for another tenant acts as nobody in particular.
        assertThat(TenantScope.call(GLOBEX, () -> boundPerson(saraAtAcme))).isEmpty();
        assertThat(boundPerson(CurrentTenantResolver.NONE)).isNullOrEmpty();
    }

    private static String boundPerson(CurrentTenantResolver resolver) {
        return transactions(resolver).execute(status -> new JdbcTemplate(appDataSource)
                .queryForObject("select current_setting('app.person_id', true)", String.class));
    }
}
