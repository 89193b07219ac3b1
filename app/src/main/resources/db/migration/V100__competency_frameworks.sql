-- Competency frameworks (docs/decisions/2026-12-05-competencies-frameworks.md): the tenant's proficiency
-- scale, its competencies with one behavioural indicator per proficiency level, grouped as core/values,
-- leadership or functional (one job family), and the expected proficiency per level of every job family.

-- The tenant's proficiency scale: 4 or 5 levels. No row means the default of 5.
CREATE TABLE competency_settings (
    tenant_id  uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    scale_max  integer NOT NULL CHECK (scale_max IN (4, 5)),
    version    bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE competency (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    id             uuid        NOT NULL,
    name           text        NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    description    text        NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    group_kind     text        NOT NULL CHECK (group_kind IN ('CORE', 'LEADERSHIP', 'FUNCTIONAL')),
    -- Functional competencies belong to one job family; the others to none.
    job_family_id  uuid,
    -- indicators[n] describes proficiency level n (1-based), at most the scale's 5 levels.
    indicators     text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(indicators) <= 5),
    archived_at    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, job_family_id) REFERENCES job_family (tenant_id, id),
    CHECK ((group_kind = 'FUNCTIONAL') = (job_family_id IS NOT NULL))
);
CREATE UNIQUE INDEX competency_name_idx ON competency (tenant_id, lower(name));
CREATE INDEX competency_family_idx ON competency (tenant_id, job_family_id);

-- The proficiency expected of a job level for a competency; absent means "not expected".
CREATE TABLE competency_expectation (
    tenant_id      uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    competency_id  uuid    NOT NULL,
    job_family_id  uuid    NOT NULL,
    job_level_id   uuid    NOT NULL,
    level          integer NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, competency_id, job_level_id),
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id) ON DELETE CASCADE,
    -- A ladder change in people removes the level, and with it its expectations.
    FOREIGN KEY (tenant_id, job_family_id, job_level_id) REFERENCES job_level (tenant_id, job_family_id, id)
        ON DELETE CASCADE
);
CREATE INDEX competency_expectation_level_idx ON competency_expectation (tenant_id, job_family_id, job_level_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['competency_settings', 'competency', 'competency_expectation'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
