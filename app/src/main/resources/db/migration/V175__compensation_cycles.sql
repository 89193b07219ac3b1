-- Compensation cycles (issue 15, part 7): a cycle over a review cycle with a budget per department, a merit
-- matrix (guideline raise by final rating x compa-ratio band), and one proposal per person holding a raise, a
-- promotion nomination or both, approved up the manager chain and then by HR. See
-- docs/decisions/2026-12-06-compensation.md.

CREATE TABLE compensation_cycle (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    id               uuid        NOT NULL,
    name             text        NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    review_cycle_id  uuid        NOT NULL,
    effective_date   date        NOT NULL,
    currency         text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status           text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, review_cycle_id) REFERENCES review_cycle (tenant_id, id)
);

-- The budget of one department: an amount, or a percentage of the department's payroll when it was set
-- (amount then holds what the percentage came to). used_amount is the sum of the raises proposed for the
-- department's people, kept by the service in the transaction that saves a proposal: managers see the budget
-- left without reading the salaries of people outside their line.
CREATE TABLE compensation_budget (
    tenant_id        uuid          NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                   REFERENCES tenant (id),
    cycle_id         uuid          NOT NULL,
    department_id    uuid          NOT NULL,
    kind             text          NOT NULL CHECK (kind IN ('AMOUNT', 'PERCENT')),
    percent          numeric(5,2)  CHECK (percent >= 0 AND percent <= 100),
    amount           numeric(14,2) NOT NULL CHECK (amount >= 0),
    used_amount      numeric(14,2) NOT NULL DEFAULT 0,
    version          bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, department_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES compensation_cycle (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id),
    CHECK ((kind = 'PERCENT') = (percent IS NOT NULL))
);

-- The merit matrix: the guideline raise for a final rating and a compa-ratio band
-- (LOW below 0.9, MID 0.9 to 1.1, HIGH above 1.1).
CREATE TABLE merit_guideline (
    tenant_id        uuid         NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    cycle_id         uuid         NOT NULL,
    rating           smallint     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    band             text         NOT NULL CHECK (band IN ('LOW', 'MID', 'HIGH')),
    percent          numeric(5,2) NOT NULL CHECK (percent >= 0 AND percent <= 100),
    PRIMARY KEY (tenant_id, cycle_id, rating, band),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES compensation_cycle (tenant_id, id) ON DELETE CASCADE
);

-- One proposal per person and cycle: a raise (new_salary), a promotion nomination (target_level_id), or both.
-- What the proposer saw is kept beside it (salary, rating, compa-ratio, guideline), so approvers and the
-- payroll export read what was decided on. step_approver_id is the manager whose approval is awaited while
-- IN_APPROVAL; WITH_HR waits for any HR admin.
CREATE TABLE compensation_proposal (
    tenant_id          uuid          NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                     REFERENCES tenant (id),
    cycle_id           uuid          NOT NULL,
    employee_id        uuid          NOT NULL,
    department_id      uuid,
    proposed_by        uuid          NOT NULL,
    current_salary     numeric(14,2),
    currency           text          CHECK (currency ~ '^[A-Z]{3}$'),
    new_salary         numeric(14,2) CHECK (new_salary > 0),
    final_rating       smallint      CHECK (final_rating BETWEEN 1 AND 5),
    compa_ratio        numeric(8,3),
    guideline_percent  numeric(5,2),
    from_level_id      uuid,
    target_level_id    uuid,
    justification      text          CHECK (length(justification) <= 4000),
    status             text          NOT NULL DEFAULT 'DRAFT'
                                     CHECK (status IN ('DRAFT', 'IN_APPROVAL', 'WITH_HR', 'APPROVED', 'RETURNED')),
    step_approver_id   uuid,
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    version            bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES compensation_cycle (tenant_id, id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, proposed_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, step_approver_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id),
    FOREIGN KEY (tenant_id, target_level_id) REFERENCES job_level (tenant_id, id),
    FOREIGN KEY (tenant_id, from_level_id) REFERENCES job_level (tenant_id, id),
    CHECK (new_salary IS NOT NULL OR target_level_id IS NOT NULL),
    CHECK (new_salary IS NULL OR (current_salary IS NOT NULL AND currency IS NOT NULL)),
    CHECK ((status = 'IN_APPROVAL') = (step_approver_id IS NOT NULL))
);
CREATE INDEX compensation_proposal_approver_idx ON compensation_proposal (tenant_id, step_approver_id);

-- Every step of a proposal's way: submitted, approved or returned, by whom, with the comment.
CREATE TABLE compensation_decision (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    id               uuid        NOT NULL,
    cycle_id         uuid        NOT NULL,
    employee_id      uuid        NOT NULL,
    decided_by       uuid        NOT NULL,
    decision         text        NOT NULL CHECK (decision IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    comment          text        CHECK (length(comment) <= 4000),
    decided_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cycle_id, employee_id)
        REFERENCES compensation_proposal (tenant_id, cycle_id, employee_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, decided_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX compensation_decision_proposal_idx ON compensation_decision (tenant_id, cycle_id, employee_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['compensation_cycle', 'compensation_budget', 'merit_guideline',
                             'compensation_proposal', 'compensation_decision'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Whether the bound person is an HR admin or above the subject in the reporting line: who may read and write a
-- person's proposal and its decisions. Never the person themselves, whatever pay_setting says: a proposal is
-- not the person's until payroll carries it out.
CREATE FUNCTION pay_chain_or_hr(subject uuid) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
    SELECT pay_bound_person_is_hr_admin()
        OR EXISTS (SELECT 1 FROM employee e
                   WHERE e.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                     AND e.id = subject
                     AND NULLIF(current_setting('app.person_id', true), '')::uuid = ANY (e.manager_path))
$$;
GRANT EXECUTE ON FUNCTION pay_chain_or_hr(uuid) TO ${app_role};

CREATE POLICY pay_chain ON compensation_proposal AS RESTRICTIVE
    USING (pay_chain_or_hr(employee_id)) WITH CHECK (pay_chain_or_hr(employee_id));
CREATE POLICY pay_chain ON compensation_decision AS RESTRICTIVE
    USING (pay_chain_or_hr(employee_id)) WITH CHECK (pay_chain_or_hr(employee_id));

-- Cycles, budgets and the matrix say nothing about one person: the tenant reads them, HR admins set them up.
-- used_amount of a budget changes with every saved proposal, so managers may update budgets (the service
-- touches nothing else of them for a manager).
CREATE POLICY hr_writes_insert ON compensation_cycle AS RESTRICTIVE FOR INSERT WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_update ON compensation_cycle AS RESTRICTIVE FOR UPDATE
    USING (pay_bound_person_is_hr_admin()) WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_delete ON compensation_cycle AS RESTRICTIVE FOR DELETE USING (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_insert ON merit_guideline AS RESTRICTIVE FOR INSERT WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_update ON merit_guideline AS RESTRICTIVE FOR UPDATE
    USING (pay_bound_person_is_hr_admin()) WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_delete ON merit_guideline AS RESTRICTIVE FOR DELETE USING (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_insert ON compensation_budget AS RESTRICTIVE FOR INSERT WITH CHECK (pay_bound_person_is_hr_admin());
CREATE POLICY hr_writes_delete ON compensation_budget AS RESTRICTIVE FOR DELETE USING (pay_bound_person_is_hr_admin());
