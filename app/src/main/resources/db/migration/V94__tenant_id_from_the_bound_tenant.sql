-- Every tenant-owned table fills tenant_id from the tenant bound to the transaction
-- (docs/decisions/2026-12-05-tenant-id-and-repositories.md).
--
-- The row-level security policy already demands tenant_id = the bound tenant on every write, so
-- the application never has a choice of value: the default states that once, in the schema, instead
-- of a copy of "read the bound tenant" in every repository. An INSERT that leaves the column out gets
-- the bound tenant; with no tenant bound the default is NULL, which the policy (and NOT NULL)
-- refuses. A writer may still name the tenant explicitly; the policy checks it.
--
-- The loop covers every table that exists now. A table created by a later migration declares the
-- same default in its CREATE TABLE; RowLevelSecurityCatalogueTest fails for one that does not.
DO $$
DECLARE
    tenant_owned regclass;
BEGIN
    FOR tenant_owned IN
        SELECT c.oid::regclass
        FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public'
          AND c.relkind IN ('r', 'p')
          AND c.relrowsecurity
        ORDER BY c.relname
    LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN tenant_id SET DEFAULT '
                           || 'NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid', tenant_owned);
    END LOOP;
END
$$;
