-- Development plans (issue 13 part 4; docs/decisions/2026-12-06-development-plans.md).
--
-- One plan per person and period, 2-5 objectives (the service counts them on submission), each tied to a
-- competency gap, a target role or a growth area from feedback, with milestones and actions of three
-- kinds. Visible only to the person, their manager chain and HR admins: checked by the service and by a
-- restrictive row policy, like assessments (V101), here on the stored reporting path of V141.

CREATE TABLE development_plan (
    tenant_id               uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    id                      uuid        NOT NULL,
    person_id               uuid        NOT NULL,
    period_start            date        NOT NULL,
    period_end              date        NOT NULL,
    status                  text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    review_cadence_days     integer     NOT NULL DEFAULT 30 CHECK (review_cadence_days BETWEEN 7 AND 180),
    submitted_at            timestamptz,
    approved_by             uuid,
    approved_at             timestamptz,
    -- Set by any change after approval; the change log below says what changed, and by whom.
    changed_since_approval  boolean     NOT NULL DEFAULT false,
    last_touched_at         timestamptz NOT NULL DEFAULT now(),
    created_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, approved_by) REFERENCES employee (tenant_id, id),
    -- One plan per person and period: the same start twice is refused here, overlaps by the service.
    UNIQUE (tenant_id, person_id, period_start),
    CHECK (period_end > period_start),
    CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
);
CREATE INDEX development_plan_touched_idx ON development_plan (tenant_id, last_touched_at);

CREATE TABLE development_objective (
    tenant_id        uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    id               uuid    NOT NULL,
    plan_id          uuid    NOT NULL,
    position         integer NOT NULL,
    title            text    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description      text    NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    source           text    NOT NULL CHECK (source IN ('COMPETENCY_GAP', 'TARGET_ROLE', 'GROWTH_AREA')),
    competency_id    uuid,
    target_level_id  uuid,
    growth_area      text    CHECK (length(growth_area) <= 200),
    owner_id         uuid    NOT NULL,
    due_on           date    NOT NULL,
    status           text    NOT NULL DEFAULT 'NOT_STARTED'
                             CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    -- The SMART checker's verdict when last saved: criteria met (0-5) and the ones missing.
    smart_score      integer NOT NULL DEFAULT 0 CHECK (smart_score BETWEEN 0 AND 5),
    smart_missing    text[]  NOT NULL DEFAULT '{}',
    -- The goal of kind DEVELOPMENT that mirrors this objective (owned by goals; made on approval).
    goal_id          uuid,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES development_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id),
    FOREIGN KEY (tenant_id, target_level_id) REFERENCES job_level (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES employee (tenant_id, id),
    CHECK ((source = 'COMPETENCY_GAP') <= (competency_id IS NOT NULL)),
    CHECK ((source = 'TARGET_ROLE') <= (target_level_id IS NOT NULL)),
    CHECK ((source = 'GROWTH_AREA') <= (coalesce(growth_area, '') <> ''))
);
CREATE INDEX development_objective_plan_idx ON development_objective (tenant_id, plan_id, position);

CREATE TABLE development_milestone (
    tenant_id     uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    id            uuid    NOT NULL,
    plan_id       uuid    NOT NULL,
    objective_id  uuid    NOT NULL,
    title         text    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    due_on        date    NOT NULL,
    done_on       date,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES development_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, objective_id) REFERENCES development_objective (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX development_milestone_objective_idx ON development_milestone (tenant_id, objective_id);

CREATE TABLE development_action (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    id                uuid        NOT NULL,
    plan_id           uuid        NOT NULL,
    objective_id      uuid        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('STRETCH', 'LEARN_FROM_OTHERS', 'FORMAL_LEARNING')),
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    mentor_id         uuid,
    training_item_id  uuid,
    due_on            date        NOT NULL,
    status            text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    completed_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES development_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, objective_id) REFERENCES development_objective (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, mentor_id) REFERENCES employee (tenant_id, id),
    -- A training item removed from the library leaves the action, without its link.
    FOREIGN KEY (tenant_id, training_item_id) REFERENCES training_item (tenant_id, id) ON DELETE SET NULL (training_item_id),
    CHECK (kind = 'LEARN_FROM_OTHERS' OR mentor_id IS NULL),
    CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
);
CREATE INDEX development_action_objective_idx ON development_action (tenant_id, objective_id);
CREATE INDEX development_action_training_idx ON development_action (tenant_id, training_item_id) WHERE training_item_id IS NOT NULL;

CREATE TABLE development_comment (
    tenant_id   uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    id          uuid        NOT NULL,
    plan_id     uuid        NOT NULL,
    author_id   uuid        NOT NULL,
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES development_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX development_comment_plan_idx ON development_comment (tenant_id, plan_id, created_at);

-- What changed in a plan after its approval (and submissions and approvals themselves), by whom.
CREATE TABLE development_change (
    tenant_id   uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    id          uuid        NOT NULL,
    plan_id     uuid        NOT NULL,
    changed_by  uuid,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    what        text        NOT NULL CHECK (length(what) BETWEEN 1 AND 100),
    detail      text        NOT NULL DEFAULT '' CHECK (length(detail) <= 300),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES development_plan (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, changed_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX development_change_plan_idx ON development_change (tenant_id, plan_id, changed_at);

-- People who offer to mentor others in a competency: public inside the tenant (that is the point).
CREATE TABLE mentor_offer (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    person_id      uuid        NOT NULL,
    competency_id  uuid        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id, competency_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id)
);
CREATE INDEX mentor_offer_competency_idx ON mentor_offer (tenant_id, competency_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['development_plan', 'development_objective', 'development_milestone', 'development_action',
                             'development_comment', 'development_change', 'mentor_offer'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Who may see a plan besides the tenant rule: the person, the managers on their stored reporting path
-- (employee.manager_path, V141: one primary-key read) and HR admins. With nobody bound (background work,
-- seeding in an explicit tenant scope) the service's own checks apply. The viewer always comes from
-- app.person_id, never from a caller.
CREATE FUNCTION development_visible_to_bound_person(p_subject uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT NULLIF(current_setting('app.person_id', true), '') IS NULL
        OR p_subject = NULLIF(current_setting('app.person_id', true), '')::uuid
        OR EXISTS (SELECT 1 FROM user_role r
                   WHERE r.employee_id = NULLIF(current_setting('app.person_id', true), '')::uuid
                     AND r.role = 'HR_ADMIN')
        OR EXISTS (SELECT 1 FROM employee e
                   WHERE e.id = p_subject
                     AND NULLIF(current_setting('app.person_id', true), '')::uuid = ANY (e.manager_path))
$$;

CREATE POLICY person_manager_chain_hr ON development_plan AS RESTRICTIVE
    USING (development_visible_to_bound_person(person_id))
    WITH CHECK (development_visible_to_bound_person(person_id));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['development_objective', 'development_milestone', 'development_action',
                             'development_comment', 'development_change'] LOOP
        EXECUTE format('CREATE POLICY through_its_plan ON %I AS RESTRICTIVE USING (EXISTS (SELECT 1 FROM development_plan p WHERE p.tenant_id = %I.tenant_id AND p.id = %I.plan_id)) WITH CHECK (EXISTS (SELECT 1 FROM development_plan p WHERE p.tenant_id = %I.tenant_id AND p.id = %I.plan_id))', t, t, t, t, t);
    END LOOP;
END
$$;

-- Reminders through the outbox (io.kadens.development.DevelopmentReminders).
INSERT INTO notification_kind (kind) VALUES ('DEVELOPMENT_PLAN_STALE');
INSERT INTO notification_kind (kind) VALUES ('DEVELOPMENT_ASSESSMENT_PROMPT');
