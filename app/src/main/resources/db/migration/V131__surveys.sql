-- Surveys (issue 16, step 9): process surveys from a template, for an audience of everyone, a pilot group or a
-- department. The audience is fixed when the survey opens (survey_invitee), so participation and the
-- department and pilot filters of the results read one snapshot. See docs/decisions/2026-12-05-surveys.md.

CREATE TABLE survey (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                               REFERENCES tenant (id),
    id             uuid        NOT NULL,
    template       text        NOT NULL CHECK (template IN ('PROCESS')),
    title          text        NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    audience       text        NOT NULL CHECK (audience IN ('EVERYONE', 'PILOT_GROUP', 'DEPARTMENT')),
    audience_id    uuid,
    status         text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((audience = 'EVERYONE') = (audience_id IS NULL))
);

CREATE TABLE survey_question (
    tenant_id  uuid     NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    survey_id  uuid     NOT NULL,
    position   smallint NOT NULL CHECK (position >= 0),
    kind       text     NOT NULL CHECK (kind IN ('SCALE', 'TEXT')),
    prompt_en  text     NOT NULL CHECK (length(trim(prompt_en)) > 0 AND length(prompt_en) <= 500),
    prompt_sv  text     NOT NULL CHECK (length(trim(prompt_sv)) > 0 AND length(prompt_sv) <= 500),
    PRIMARY KEY (tenant_id, survey_id, position),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id) ON DELETE CASCADE
);

-- Who was asked, with the department and pilot membership they had when the survey opened.
CREATE TABLE survey_invitee (
    tenant_id      uuid    NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                           REFERENCES tenant (id),
    survey_id      uuid    NOT NULL,
    person_id      uuid    NOT NULL,
    department_id  uuid,
    in_pilot       boolean NOT NULL,
    PRIMARY KEY (tenant_id, survey_id, person_id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, person_id) REFERENCES employee (tenant_id, id)
);

-- One answer per invitee and question; answering again replaces it. Results read these only in aggregates.
CREATE TABLE survey_answer (
    tenant_id    uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                             REFERENCES tenant (id),
    survey_id    uuid        NOT NULL,
    person_id    uuid        NOT NULL,
    position     smallint    NOT NULL,
    scale_value  smallint    CHECK (scale_value BETWEEN 1 AND 5),
    text_value   text        CHECK (length(text_value) <= 4000),
    answered_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, survey_id, person_id, position),
    CHECK (num_nonnulls(scale_value, text_value) = 1),
    FOREIGN KEY (tenant_id, survey_id, person_id) REFERENCES survey_invitee (tenant_id, survey_id, person_id)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, survey_id, position) REFERENCES survey_question (tenant_id, survey_id, position)
        ON DELETE CASCADE
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['survey', 'survey_question', 'survey_invitee', 'survey_answer'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
