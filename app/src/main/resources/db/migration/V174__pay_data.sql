-- Pay data (issue 15, part 7): a pay range (min / midpoint / max) per job level, each person's current salary,
-- and the tenant's choice whether people see their own pay. See docs/decisions/2026-12-06-compensation.md.
--
-- Salaries are readable only by HR admins and by the manager chain above the person (and by the person
-- themselves when the tenant has chosen so). That rule is enforced here, by a RESTRICTIVE policy beside the
-- tenant policy, the way private 1:1 notes answer only to their author: a service that forgets a check still
-- reads nothing it should not. The bound person is app.person_id (TenantBindingTransactionManager); with no
-- person bound (background work) no salary is visible at all. Only HR admins write salaries.

CREATE TABLE pay_setting (
    tenant_id             uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                      REFERENCES tenant (id),
    -- Off by default: Kadens is not the payroll system, and a person's own salary reaches them through payroll.
    employees_see_own_pay boolean     NOT NULL DEFAULT false,
    version               bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE pay_range (
    tenant_id     uuid          NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                REFERENCES tenant (id),
    job_level_id  uuid          NOT NULL,
    job_family_id uuid          NOT NULL,
    currency      text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    range_min     numeric(14,2) NOT NULL CHECK (range_min > 0),
    range_mid     numeric(14,2) NOT NULL,
    range_max     numeric(14,2) NOT NULL,
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, job_level_id),
    FOREIGN KEY (tenant_id, job_family_id, job_level_id)
        REFERENCES job_level (tenant_id, job_family_id, id) ON DELETE CASCADE,
    CHECK (range_min <= range_mid AND range_mid <= range_max)
);

CREATE TABLE employee_pay (
    tenant_id      uuid          NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    employee_id    uuid          NOT NULL,
    salary         numeric(14,2) NOT NULL CHECK (salary > 0),
    currency       text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pay_setting', 'pay_range', 'employee_pay'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Whether the bound person holds the HR admin role in the bound tenant. Runs as the caller, under the
-- tenant policy of user_role.
CREATE FUNCTION pay_bound_person_is_hr_admin() RETURNS boolean
    LANGUAGE sql STABLE AS
$$
    SELECT EXISTS (SELECT 1 FROM user_role r
                   WHERE r.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                     AND r.employee_id = NULLIF(current_setting('app.person_id', true), '')::uuid
                     AND r.role = 'HR_ADMIN')
$$;

-- Whether the bound person may read the pay of {@code subject}: an HR admin; anyone on the subject's stored
-- manager path (V141), which is the chain ABOVE the subject, so peers and reports never qualify; the subject
-- themselves only when the tenant has turned employees_see_own_pay on.
CREATE FUNCTION pay_visible_to_bound_person(subject uuid) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
    SELECT pay_bound_person_is_hr_admin()
        OR EXISTS (SELECT 1 FROM employee e
                   WHERE e.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                     AND e.id = subject
                     AND NULLIF(current_setting('app.person_id', true), '')::uuid = ANY (e.manager_path))
        OR (subject = NULLIF(current_setting('app.person_id', true), '')::uuid
            AND EXISTS (SELECT 1 FROM pay_setting s
                        WHERE s.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                          AND s.employees_see_own_pay))
$$;

GRANT EXECUTE ON FUNCTION pay_bound_person_is_hr_admin() TO ${app_role};
GRANT EXECUTE ON FUNCTION pay_visible_to_bound_person(uuid) TO ${app_role};

-- Both the tenant policy and these must hold.
CREATE POLICY pay_readers ON employee_pay AS RESTRICTIVE FOR SELECT
    USING (pay_visible_to_bound_person(employee_id));
CREATE POLICY pay_writers_insert ON employee_pay AS RESTRICTIVE FOR INSERT
    WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY pay_writers_update ON employee_pay AS RESTRICTIVE FOR UPDATE
    USING (pay_bound_person_is_hr_admin()) WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY pay_writers_delete ON employee_pay AS RESTRICTIVE FOR DELETE
    USING (pay_bound_person_is_hr_admin());

-- Ranges and the setting say nothing about a person; any member of the tenant may read them (managers see the
-- range beside a proposal), but only HR admins change them.
CREATE POLICY pay_range_writers_insert ON pay_range AS RESTRICTIVE FOR INSERT WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY pay_range_writers_update ON pay_range AS RESTRICTIVE FOR UPDATE
    USING (pay_bound_person_is_hr_admin()) WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY pay_range_writers_delete ON pay_range AS RESTRICTIVE FOR DELETE USING (pay_bound_person_is_hr_admin());
CREATE POLICY pay_setting_writers_insert ON pay_setting AS RESTRICTIVE FOR INSERT WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY pay_setting_writers_update ON pay_setting AS RESTRICTIVE FOR UPDATE
    USING (pay_bound_person_is_hr_admin()) WITH CHECK (pay_bound_person_is_hr_admin());
