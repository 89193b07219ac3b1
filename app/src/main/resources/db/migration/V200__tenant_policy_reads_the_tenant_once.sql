-- The tenant policy compared every row with NULLIF(current_setting('app.tenant_id', true), '')::uuid, and
-- PostgreSQL evaluated that expression (a settings lookup and a uuid parse) once per row it read: scanning the
-- 80,000 goals of a 10,000-person tenant spent more time on the policy than on the rows. Written as a scalar
-- subquery, the bound tenant is read once per query (an InitPlan) and the comparison per row is a plain uuid
-- equality; it still works as an index condition. The rule itself is unchanged: a row is visible and writable
-- only for the tenant bound to the transaction (docs/decisions/2026-12-06-analytics-speed.md).
DO $$
DECLARE
    policy record;
BEGIN
    FOR policy IN
        SELECT tablename FROM pg_policies
        WHERE schemaname = current_schema() AND policyname = 'tenant_isolation'
          AND qual = '(tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid)'
          AND with_check = '(tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid)'
    LOOP
        EXECUTE format('ALTER POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = (SELECT NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid))'
                       ' WITH CHECK (tenant_id = (SELECT NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid))',
                       policy.tablename);
    END LOOP;
END
$$;
