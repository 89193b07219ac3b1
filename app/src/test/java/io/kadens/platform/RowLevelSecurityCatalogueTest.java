package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads the migrated schema from PostgreSQL's catalogue, so that every table a later feature adds
 * is held to the tenancy rules without anyone remembering to write a test for it.
 */
@KadensSpringTest
class RowLevelSecurityCatalogueTest {

    /**
     * Global tables, read before a tenant is known or by the operator; documented in docs/decisions.
     * {@code event_publication} is Spring Modulith's event publication registry: it replays events of every
     * tenant, so it cannot be confined to one; its rows hold ids, and each listener binds the event's tenant
     * (docs/decisions/2026-12-05-events-and-publication-registry.md). {@code notification_kind} is a list of
     * names the product defines, the same for every tenant. {@code scheduled_tasks} is db-scheduler's table of
     * recurring tasks that run once per cluster, across tenants; its rows hold task names and times
     * (docs/decisions/2026-12-05-scheduled-work-once-per-cluster.md).
     */
    private static final Set<String> GLOBAL_TABLES = Set.of("tenant", "operator_account", "sign_in_throttle",
            "flyway_schema_history", "event_publication", "notification_kind", "scheduled_tasks");

    private List<String> rows(String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    private List<String> tenantOwnedTables() throws Exception {
        List<String> tables = rows("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1");
        tables.removeAll(GLOBAL_TABLES);
        return tables;
    }

    @Test
    void everyTenantOwnedTableHasForcedRowLevelSecurityWithTheTenantPolicy() throws Exception {
        List<String> tables = tenantOwnedTables();
        assertThat(tables).contains("employee", "department", "user_account", "user_role");
        List<String> protectedTables = rows("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relrowsecurity and c.relforcerowsecurity");
        List<String> policed = rows("select tablename from pg_policies where schemaname = 'public'"
                + " and qual like '%current_setting(''app.tenant_id''%' and with_check like '%current_setting(''app.tenant_id''%'");
        assertThat(protectedTables).as("tables with FORCE ROW LEVEL SECURITY").containsAll(tables);
        assertThat(policed).as("tables with the tenant policy").containsAll(tables);
    }

    /**
     * The tenant policy reads the bound tenant in a scalar subquery, so PostgreSQL evaluates it once per query and
     * not once per row (V200); a table of a later migration writes its policy the same way.
     */
    @Test
    void everyTenantPolicyReadsTheBoundTenantOncePerQuery() throws Exception {
        String once = "(tenant_id = ( SELECT (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid"
                + " AS \"nullif\"))";
        List<String> perRow = rows("select tablename from pg_policies where schemaname = 'public'"
                + " and policyname = 'tenant_isolation' and (qual <> '" + once.replace("'", "''") + "'"
                + " or with_check <> '" + once.replace("'", "''") + "') order by 1");
        assertThat(rows("select count(*) from pg_policies where policyname = 'tenant_isolation'").getFirst())
                .as("tenant policies").isNotEqualTo("0");
        assertThat(perRow).as("tenant policies that read the bound tenant once per row").isEmpty();
    }

    @Test
    void everyTenantOwnedTableLeadsItsPrimaryKeyWithTenantId() throws Exception {
        for (String table : tenantOwnedTables()) {
            List<String> first = rows("select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid"
                    + " and a.attnum = i.indkey[0] where i.indisprimary and i.indrelid = 'public." + table + "'::regclass");
            assertThat(first).as("first primary key column of " + table).containsExactly("tenant_id");
        }
    }

    /**
     * Inserts fill {@code tenant_id} from the bound tenant by the column default (V94); a table of a later
     * migration must declare the same default in its CREATE TABLE.
     */
    @Test
    void everyTenantOwnedTableFillsTenantIdFromTheBoundTenant() throws Exception {
        List<String> tables = tenantOwnedTables();
        List<String> filled = rows("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped"
                + " join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum"
                + " where n.nspname = 'public' and pg_get_expr(d.adbin, d.adrelid)"
                + " = '(NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid'");
        assertThat(tables).contains("employee", "notification");
        assertThat(filled).as("tables whose tenant_id defaults to the bound tenant").containsAll(tables);
    }

    @Test
    void everyForeignKeyBetweenTenantOwnedTablesIncludesTenantId() throws Exception {
        // A reference to a global table (tenant, notification_kind) has no tenant to carry.
        List<String> offenders = rows("select con.conname from pg_constraint con"
                + " join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where con.contype = 'f' and n.nspname = 'public'"
                + " and exists (select 1 from pg_attribute r where r.attrelid = con.confrelid"
                + "   and r.attname = 'tenant_id' and not r.attisdropped)"
                + " and not exists (select 1 from unnest(con.conkey) k join pg_attribute a"
                + "   on a.attrelid = con.conrelid and a.attnum = k where a.attname = 'tenant_id')");
        assertThat(offenders).as("foreign keys without tenant_id").isEmpty();
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws Exception {
        TestDatabase db = TestDatabase.get();
        assertThat(rows("select rolname from pg_roles where rolname = '" + db.appUser()
                + "' and (rolsuper or rolbypassrls or rolcreaterole or rolcreatedb)")).isEmpty();
        assertThat(rows("select c.relname from pg_class c join pg_roles r on r.oid = c.relowner"
                + " where r.rolname = '" + db.appUser() + "'")).isEmpty();
    }
}
