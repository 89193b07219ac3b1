-- Career paths (docs/decisions/2026-12-05-competencies-career-paths.md): each level leads to the next in
-- its family (from the ladder, not stored); HR adds lateral moves to other families' levels; a person
-- marks one target role, visible to them, their manager chain and HR admins.

CREATE TABLE career_move (
    tenant_id       uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    id              uuid        NOT NULL,
    from_family_id  uuid        NOT NULL,
    from_level_id   uuid        NOT NULL,
    to_family_id    uuid        NOT NULL,
    to_level_id     uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, from_level_id, to_level_id),
    FOREIGN KEY (tenant_id, from_family_id, from_level_id) REFERENCES job_level (tenant_id, job_family_id, id)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, to_family_id, to_level_id) REFERENCES job_level (tenant_id, job_family_id, id)
        ON DELETE CASCADE,
    -- Lateral: into another family. Moves within a family follow its ladder.
    CHECK (from_family_id <> to_family_id)
);

CREATE TABLE target_role (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    person_id      uuid        NOT NULL,
    job_family_id  uuid        NOT NULL,
    job_level_id   uuid        NOT NULL,
    set_at         timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, job_family_id, job_level_id) REFERENCES job_level (tenant_id, job_family_id, id)
        ON DELETE CASCADE
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['career_move', 'target_role'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- A target role is as private as an assessment: the person, their manager chain and HR admins.
CREATE POLICY person_manager_chain_hr ON target_role AS RESTRICTIVE
    USING (assessment_visible_to_bound_person(person_id))
    WITH CHECK (assessment_visible_to_bound_person(person_id));
