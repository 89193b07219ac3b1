-- Goals and OKRs: goal cycles the tenant defines, goals at company, department, team and individual
-- level aligned in a tree (no cycles), contributors, key results with milestones, append-only goal
-- check-ins, a discussion per goal, and the tenant's goal settings.
-- Visibility, policy, roll-up and health live in the service (docs/decisions/2026-11-27-goals-*.md).

-- ---------------------------------------------------------------- settings and cycles
CREATE TABLE goal_settings (
    tenant_id         uuid     NOT NULL REFERENCES tenant (id),
    -- A goal nobody updated (no check-in, no edit) for this many days counts as stale.
    stale_after_days  smallint NOT NULL DEFAULT 14 CHECK (stale_after_days BETWEEN 1 AND 90),
    version           bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE goal_cycle (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    name       text        NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
    kind       text        NOT NULL CHECK (kind IN ('QUARTER', 'HALF', 'YEAR', 'CUSTOM')),
    starts_on  date        NOT NULL,
    ends_on    date        NOT NULL,
    closed     boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_on >= starts_on)
);
CREATE UNIQUE INDEX goal_cycle_name_idx ON goal_cycle (tenant_id, lower(name));

-- ---------------------------------------------------------------- goals
CREATE TABLE goal (
    tenant_id              uuid          NOT NULL REFERENCES tenant (id),
    id                     uuid          NOT NULL,
    title                  text          NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    description            text          NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    level                  text          NOT NULL CHECK (level IN ('COMPANY', 'DEPARTMENT', 'TEAM', 'INDIVIDUAL')),
    -- The part of the organisation the goal belongs to; for team and individual goals also the
    -- department (and team) they sit in, which is what TEAM visibility opens the goal to.
    department_id          uuid,
    team_id                uuid,
    owner_id               uuid          NOT NULL,
    parent_id              uuid,
    visibility             text          NOT NULL CHECK (visibility IN ('TENANT', 'TEAM', 'PRIVATE')),
    -- The period: a cycle, or custom dates when there is none.
    cycle_id               uuid,
    starts_on              date,
    ends_on                date,
    weight                 numeric(9, 3) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1000),
    kind                   text          NOT NULL CHECK (kind IN ('BUSINESS', 'BEHAVIOURAL', 'DEVELOPMENT')),
    status                 text          NOT NULL DEFAULT 'DRAFT'
                                         CHECK (status IN ('DRAFT', 'ACTIVE', 'ACHIEVED', 'MISSED', 'CANCELLED')),
    approval               text          NOT NULL DEFAULT 'NOT_REQUIRED'
                                         CHECK (approval IN ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'RETURNED')),
    approval_comment       text          CHECK (length(approval_comment) <= 2000),
    approval_by            uuid,
    approval_at            timestamptz,
    -- Progress a goal without key results reports through goal check-ins (0..1).
    manual_progress        numeric(7, 6) CHECK (manual_progress BETWEEN 0 AND 1),
    health_override        text          CHECK (health_override IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    health_override_reason text          CHECK (length(health_override_reason) <= 1000),
    health_override_by     uuid,
    health_override_at     timestamptz,
    created_by             uuid          NOT NULL,
    created_at             timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id),
    FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES goal (tenant_id, id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES goal_cycle (tenant_id, id),
    FOREIGN KEY (tenant_id, approval_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, health_override_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES employee (tenant_id, id),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK ((cycle_id IS NULL) = (starts_on IS NOT NULL AND ends_on IS NOT NULL)),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CHECK (cycle_id IS NULL OR (starts_on IS NULL AND ends_on IS NULL)),
    CHECK (level <> 'COMPANY' OR (department_id IS NULL AND team_id IS NULL)),
    CHECK (level <> 'DEPARTMENT' OR (department_id IS NOT NULL AND team_id IS NULL)),
    CHECK (level <> 'TEAM' OR team_id IS NOT NULL),
    CHECK ((health_override IS NULL) = (health_override_reason IS NULL))
);
CREATE INDEX goal_parent_idx ON goal (tenant_id, parent_id);
CREATE INDEX goal_owner_idx ON goal (tenant_id, owner_id);
CREATE INDEX goal_cycle_idx ON goal (tenant_id, cycle_id);
CREATE INDEX goal_department_idx ON goal (tenant_id, department_id);
CREATE INDEX goal_team_idx ON goal (tenant_id, team_id);

CREATE TABLE goal_contributor (
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    goal_id     uuid NOT NULL,
    employee_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, goal_id, employee_id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX goal_contributor_employee_idx ON goal_contributor (tenant_id, employee_id);

-- ---------------------------------------------------------------- key results and milestones
CREATE TABLE key_result (
    tenant_id     uuid           NOT NULL REFERENCES tenant (id),
    id            uuid           NOT NULL,
    goal_id       uuid           NOT NULL,
    title         text           NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    type          text           NOT NULL CHECK (type IN ('NUMERIC', 'PERCENTAGE', 'BOOLEAN', 'MILESTONES')),
    start_value   numeric(18, 4),
    target_value  numeric(18, 4),
    current_value numeric(18, 4),
    unit          text           CHECK (length(unit) <= 30),
    weight        numeric(9, 3)  NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1000),
    position      integer        NOT NULL DEFAULT 0,
    created_at    timestamptz    NOT NULL DEFAULT now(),
    updated_at    timestamptz    NOT NULL DEFAULT now(),
    version       bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id) ON DELETE CASCADE,
    -- Target of the check-in's (goal, key result) key: a check-in's key result belongs to its goal.
    UNIQUE (tenant_id, goal_id, id),
    CHECK (type <> 'NUMERIC' OR (start_value IS NOT NULL AND target_value IS NOT NULL
                                 AND current_value IS NOT NULL AND target_value <> start_value)),
    CHECK (type <> 'PERCENTAGE' OR (start_value BETWEEN 0 AND 100 AND target_value BETWEEN 0 AND 100
                                    AND current_value BETWEEN 0 AND 100 AND target_value <> start_value)),
    CHECK (type <> 'BOOLEAN' OR (start_value = 0 AND target_value = 1 AND current_value IN (0, 1))),
    CHECK (type <> 'MILESTONES' OR (start_value IS NULL AND target_value IS NULL AND current_value IS NULL))
);
CREATE INDEX key_result_goal_idx ON key_result (tenant_id, goal_id);

CREATE TABLE milestone (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    key_result_id uuid        NOT NULL,
    title         text        NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    done          boolean     NOT NULL DEFAULT false,
    done_at       timestamptz,
    position      integer     NOT NULL DEFAULT 0,
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, key_result_id) REFERENCES key_result (tenant_id, id) ON DELETE CASCADE,
    CHECK (done = (done_at IS NOT NULL))
);
CREATE INDEX milestone_key_result_idx ON milestone (tenant_id, key_result_id);

-- ---------------------------------------------------------------- check-ins and discussion
-- Append-only: a check-in is history (the progress and confidence chart); nobody edits it.
CREATE TABLE goal_check_in (
    tenant_id     uuid           NOT NULL REFERENCES tenant (id),
    id            uuid           NOT NULL,
    goal_id       uuid           NOT NULL,
    key_result_id uuid,
    value         numeric(18, 4),
    -- The goal's rolled-up progress right after this check-in (0..1), for the chart.
    goal_progress numeric(7, 6)  NOT NULL CHECK (goal_progress BETWEEN 0 AND 1),
    confidence    smallint       NOT NULL CHECK (confidence BETWEEN 1 AND 10),
    comment       text           NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    author_id     uuid           NOT NULL,
    created_at    timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, goal_id, key_result_id) REFERENCES key_result (tenant_id, goal_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX goal_check_in_goal_idx ON goal_check_in (tenant_id, goal_id, created_at);

CREATE TABLE goal_comment (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    goal_id    uuid        NOT NULL,
    author_id  uuid        NOT NULL,
    body       text        NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 4000),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX goal_comment_goal_idx ON goal_comment (tenant_id, goal_id, created_at);

-- ---------------------------------------------------------------- row-level security and grants
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['goal_settings', 'goal_cycle', 'goal', 'goal_contributor', 'key_result', 'milestone',
                             'goal_check_in', 'goal_comment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;
-- Settings are one row per tenant, never deleted; check-ins are append-only; comments are written
-- once (they go only with their draft goal, by the foreign key's cascade).
GRANT SELECT, INSERT, UPDATE ON goal_settings TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON goal_cycle TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON goal TO ${app_role};
GRANT SELECT, INSERT, DELETE ON goal_contributor TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON key_result TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON milestone TO ${app_role};
GRANT SELECT, INSERT ON goal_check_in TO ${app_role};
GRANT SELECT, INSERT ON goal_comment TO ${app_role};

-- ---------------------------------------------------------------- no alignment cycles
-- The service checks first and explains at the field; this trigger is the last line, as for the
-- reporting line in V5: a per-tenant advisory lock serialises concurrent changes of the tree.
CREATE FUNCTION goal_prevent_alignment_cycle() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.parent_id IS NULL THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('kadens.goal_alignment'), hashtext(NEW.tenant_id::text));
    IF NEW.parent_id = NEW.id OR EXISTS (
        WITH RECURSIVE above(id, depth) AS (
            SELECT NEW.parent_id, 1
            UNION ALL
            SELECT g.parent_id, above.depth + 1
            FROM goal g JOIN above ON g.tenant_id = NEW.tenant_id AND g.id = above.id
            WHERE g.parent_id IS NOT NULL AND above.depth < 10000
        )
        SELECT 1 FROM above WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'goal alignment cycle: % cannot align to %', NEW.id, NEW.parent_id
            USING ERRCODE = 'KD060', CONSTRAINT = 'goal_alignment_cycle';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER goal_alignment_cycle
    BEFORE INSERT OR UPDATE OF parent_id ON goal
    FOR EACH ROW EXECUTE FUNCTION goal_prevent_alignment_cycle();
