-- Assessments (docs/decisions/2026-12-05-competencies-assessments.md): a self or manager rating of a
-- person's proficiency in competencies, each with an optional comment and evidence (ids of goals,
-- feedback items and check-ins, checked for visibility by the service when stored).

CREATE TABLE assessment (
    tenant_id    uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    id           uuid        NOT NULL,
    person_id    uuid        NOT NULL,
    assessor_id  uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('SELF', 'MANAGER')),
    assessed_at  timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, assessor_id) REFERENCES employee (tenant_id, id),
    CHECK ((kind = 'SELF') = (person_id = assessor_id))
);
CREATE INDEX assessment_person_idx ON assessment (tenant_id, person_id, assessed_at DESC);

CREATE TABLE assessment_rating (
    tenant_id              uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
    assessment_id          uuid    NOT NULL,
    competency_id          uuid    NOT NULL,
    level                  integer NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment                text    NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    evidence_goal_ids      uuid[]  NOT NULL DEFAULT '{}' CHECK (cardinality(evidence_goal_ids) <= 20),
    evidence_feedback_ids  uuid[]  NOT NULL DEFAULT '{}' CHECK (cardinality(evidence_feedback_ids) <= 20),
    evidence_check_in_ids  uuid[]  NOT NULL DEFAULT '{}' CHECK (cardinality(evidence_check_in_ids) <= 20),
    PRIMARY KEY (tenant_id, assessment_id, competency_id),
    FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id) ON DELETE CASCADE,
    -- No cascade: a competency with ratings is history, archived and never deleted.
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competency (tenant_id, id)
);
CREATE INDEX assessment_rating_competency_idx ON assessment_rating (tenant_id, competency_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['assessment', 'assessment_rating'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Who may see an assessment, besides the tenant rule: the person, their manager chain and HR admins.
-- With no person bound (background work, seeding in an explicit tenant scope) the service's own
-- checks apply; with a signed-in person bound, even a careless query cannot read anybody else's.
-- The argument is the assessed person; the viewer always comes from app.person_id, never from a caller.
CREATE FUNCTION assessment_visible_to_bound_person(p_subject uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT NULLIF(current_setting('app.person_id', true), '') IS NULL
        OR p_subject = NULLIF(current_setting('app.person_id', true), '')::uuid
        OR EXISTS (SELECT 1 FROM user_role r
                   WHERE r.employee_id = NULLIF(current_setting('app.person_id', true), '')::uuid
                     AND r.role = 'HR_ADMIN')
        OR EXISTS (WITH RECURSIVE above(id, depth) AS (
                       SELECT e.manager_id, 1 FROM employee e WHERE e.id = p_subject
                       UNION ALL
                       SELECT e.manager_id, above.depth + 1 FROM employee e JOIN above ON e.id = above.id
                       WHERE above.depth < 50)
                   SELECT 1 FROM above WHERE above.id = NULLIF(current_setting('app.person_id', true), '')::uuid)
$$;

CREATE POLICY person_manager_chain_hr ON assessment AS RESTRICTIVE
    USING (assessment_visible_to_bound_person(person_id))
    WITH CHECK (assessment_visible_to_bound_person(person_id));

CREATE POLICY through_its_assessment ON assessment_rating AS RESTRICTIVE
    USING (EXISTS (SELECT 1 FROM assessment a
                   WHERE a.tenant_id = assessment_rating.tenant_id AND a.id = assessment_rating.assessment_id));
