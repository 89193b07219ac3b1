-- The rollout of the process in a tenant (issue 16, steps 6 and 7): one plan per tenant with its contact
-- person, its phases (planning, pilot, rollout) with dates and milestones, and pilot groups made of
-- departments, teams or chosen people, each with the features it pilots and its change champions.
-- See docs/decisions/2026-12-05-rollout-pilot-groups-and-feature-access.md.

CREATE TABLE rollout_plan (
    tenant_id          uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                   REFERENCES tenant (id),
    contact_person_id  uuid,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id),
    FOREIGN KEY (tenant_id, contact_person_id) REFERENCES employee (tenant_id, id)
);

CREATE TABLE rollout_phase (
    tenant_id  uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    phase      text NOT NULL CHECK (phase IN ('PLANNING', 'PILOT', 'ROLLOUT')),
    starts_on  date NOT NULL,
    ends_on    date,
    PRIMARY KEY (tenant_id, phase),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE rollout_milestone (
    tenant_id  uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    id         uuid    NOT NULL,
    phase      text    NOT NULL CHECK (phase IN ('PLANNING', 'PILOT', 'ROLLOUT')),
    title      text    NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    due_on     date    NOT NULL,
    done       boolean NOT NULL DEFAULT false,
    version    bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE pilot_group (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    id               uuid        NOT NULL,
    name             text        NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    department_kind  text        NOT NULL CHECK (department_kind IN ('SALES', 'FINANCE', 'ENGINEERING', 'PRODUCT',
                                     'OPERATIONS', 'SUPPORT', 'MARKETING', 'PEOPLE', 'OTHER')),
    features         text[]      NOT NULL DEFAULT '{}'
                                 CHECK (features <@ ARRAY['GOALS', 'CHECK_INS', 'ONE_ON_ONES', 'FEEDBACK', 'REVIEWS',
                                     'DEVELOPMENT_PLANS']::text[]),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX pilot_group_name_idx ON pilot_group (tenant_id, lower(name));

-- A member is exactly one of a department (with its sub-departments), a team (with its sub-teams) or a person.
CREATE TABLE pilot_group_member (
    tenant_id      uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    group_id       uuid NOT NULL,
    member_id      uuid NOT NULL,
    department_id  uuid,
    team_id        uuid,
    person_id      uuid,
    PRIMARY KEY (tenant_id, group_id, member_id),
    CHECK (num_nonnulls(department_id, team_id, person_id) = 1
           AND member_id = coalesce(department_id, team_id, person_id)),
    FOREIGN KEY (tenant_id, group_id) REFERENCES pilot_group (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id)
);

CREATE TABLE pilot_group_champion (
    tenant_id  uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    group_id   uuid NOT NULL,
    person_id  uuid NOT NULL,
    PRIMARY KEY (tenant_id, group_id, person_id),
    FOREIGN KEY (tenant_id, group_id) REFERENCES pilot_group (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rollout_plan', 'rollout_phase', 'rollout_milestone', 'pilot_group', 'pilot_group_member',
                             'pilot_group_champion'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
