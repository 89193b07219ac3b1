-- The tenant porter (docs/decisions/2026-12-06-tenant-export-import.md): the one role that reads and writes a
-- whole tenant, for the per-tenant export and import. It bypasses row-level security (a whole tenant includes
-- rows that no single person may see: private notes, sealed feedback authors, pay), so it gets the least that
-- the job needs: reading every table, adding rows to the tenant registry and to tenant-owned tables, and
-- nothing else (no UPDATE, no DELETE, no functions). The role is created by the database superuser
-- (.ci/env.sh, app/docker/initdb/10-kadens.sh); where it does not exist yet, these grants are skipped and
-- docs/operations.md says how to give them later.
DO $$
DECLARE
    t record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kadens_porter') THEN
        RAISE NOTICE 'role kadens_porter does not exist: per-tenant export and import stay unavailable';
        RETURN;
    END IF;
    EXECUTE 'GRANT USAGE ON SCHEMA public TO kadens_porter';
    EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO kadens_porter';
    EXECUTE 'GRANT INSERT ON tenant TO kadens_porter';
    FOR t IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                      AND NOT a.attisdropped)
    LOOP
        EXECUTE format('GRANT INSERT ON %I TO kadens_porter', t.relname);
    END LOOP;
    -- Tables of later migrations: readable and insertable as soon as they exist (the archive takes every table
    -- with a tenant_id column; for a table without one, INSERT is granted but the archive never writes to it).
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO kadens_porter';
END
$$;
