package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema can be distributed by {@code tenant_id} (Citus) without a rewrite
 * (docs/decisions/2026-12-05-distributing-by-tenant-with-citus.md): every key that PostgreSQL must check
 * across rows stays inside one tenant's shard. Read from the migrated schema's catalogue, so a later
 * migration is held to it too.
 */
@KadensSpringTest
class TenantDistributionKeysTest {

    /** Global tables a tenant-owned table may reference: they become Citus reference tables, copied to every node. */
    private static final Map<String, String> REFERENCE_TABLES = Map.of(
            "tenant", "the registry of tenants: every tenant-owned row points at its tenant",
            "notification_kind", "the kinds of notification the product defines, the same for every tenant");

    /** Tables with a tenant_id column: the distributed tables. */
    private static final String TENANT_TABLES = "select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = 'public' and c.relkind in ('r', 'p') and exists (select 1 from pg_attribute a"
            + " where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)";

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

    @Test
    void everyUniqueKeyOfATenantOwnedTableIncludesTenantId() throws Exception {
        List<String> uniqueKeys = rows("select ic.relname from pg_index i join pg_class ic on ic.oid = i.indexrelid"
                + " where i.indisunique and i.indrelid in (" + TENANT_TABLES + ")");
        assertThat(uniqueKeys).as("the scan sees the tenant tables' keys").hasSizeGreaterThan(40);
        List<String> withoutTenant = rows("select t.relname || ': ' || pg_get_indexdef(i.indexrelid) from pg_index i"
                + " join pg_class t on t.oid = i.indrelid where i.indisunique and i.indrelid in (" + TENANT_TABLES + ")"
                + " and not exists (select 1 from unnest(i.indkey) k join pg_attribute a on a.attrelid = i.indrelid"
                + " and a.attnum = k where a.attname = 'tenant_id')");
        assertThat(withoutTenant).as("unique keys (primary, unique constraints and unique indexes) without tenant_id")
                .isEmpty();
    }

    @Test
    void everyForeignKeyBetweenTenantOwnedTablesMatchesTenantIdToTenantId() throws Exception {
        List<String> foreignKeys = rows("select conname from pg_constraint where contype = 'f'"
                + " and conrelid in (" + TENANT_TABLES + ") and confrelid in (" + TENANT_TABLES + ")");
        assertThat(foreignKeys).as("the scan sees the foreign keys between tenant tables").hasSizeGreaterThan(20);
        List<String> crossTenant = rows("select t.relname || ': ' || pg_get_constraintdef(con.oid) from pg_constraint con"
                + " join pg_class t on t.oid = con.conrelid where con.contype = 'f'"
                + " and con.conrelid in (" + TENANT_TABLES + ") and con.confrelid in (" + TENANT_TABLES + ")"
                + " and not exists (select 1 from generate_subscripts(con.conkey, 1) s"
                + " join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[s]"
                + " join pg_attribute r on r.attrelid = con.confrelid and r.attnum = con.confkey[s]"
                + " where a.attname = 'tenant_id' and r.attname = 'tenant_id')");
        assertThat(crossTenant).as("foreign keys that do not pair tenant_id with tenant_id").isEmpty();
    }

    @Test
    void tenantOwnedTablesReferenceOnlyTheListedReferenceTables() throws Exception {
        List<String> referenced = rows("select distinct r.relname from pg_constraint con join pg_class r on r.oid = con.confrelid"
                + " where con.contype = 'f' and con.conrelid in (" + TENANT_TABLES + ")"
                + " and con.confrelid not in (" + TENANT_TABLES + ")");
        assertThat(referenced).as("global tables that tenant-owned tables reference").contains("tenant")
                .allMatch(REFERENCE_TABLES::containsKey);
    }

    @Test
    void noGlobalTableReferencesATenantOwnedTable() throws Exception {
        // A reference table cannot point into a distributed one: it is copied to nodes that lack those rows.
        List<String> backwards = rows("select t.relname || ': ' || pg_get_constraintdef(con.oid) from pg_constraint con"
                + " join pg_class t on t.oid = con.conrelid where con.contype = 'f'"
                + " and con.conrelid not in (" + TENANT_TABLES + ") and con.confrelid in (" + TENANT_TABLES + ")");
        assertThat(backwards).isEmpty();
    }
}
