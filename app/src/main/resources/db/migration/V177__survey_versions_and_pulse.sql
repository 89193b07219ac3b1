-- Survey versions and pulse/engagement surveys (issue 16). Editing the questions of a survey that already has
-- answers starts a new question revision: the earlier questions and the answers given to them stay together
-- under their revision, and results are read per revision (docs/decisions/2026-12-06-survey-versions.md).
-- Only this feature's own tables change; constraint names are PostgreSQL's defaults from V131.

ALTER TABLE survey ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE survey DROP CONSTRAINT survey_template_check;
ALTER TABLE survey ADD CONSTRAINT survey_template_check CHECK (template IN ('PROCESS', 'PULSE', 'ENGAGEMENT'));

ALTER TABLE survey_answer DROP CONSTRAINT survey_answer_tenant_id_survey_id_position_fkey;

ALTER TABLE survey_question ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE survey_question DROP CONSTRAINT survey_question_pkey;
ALTER TABLE survey_question ADD PRIMARY KEY (tenant_id, survey_id, revision, position);

ALTER TABLE survey_answer ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE survey_answer DROP CONSTRAINT survey_answer_pkey;
ALTER TABLE survey_answer ADD PRIMARY KEY (tenant_id, survey_id, revision, person_id, position);
ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_question_fkey
    FOREIGN KEY (tenant_id, survey_id, revision, position)
    REFERENCES survey_question (tenant_id, survey_id, revision, position) ON DELETE CASCADE;
