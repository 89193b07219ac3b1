-- Recurring surveys and reminders (issue 16). A schedule opens the next run of a survey on its date (a monthly or
-- quarterly pulse, say), once per cluster, and closes the schedule's earlier run; people asked who have not
-- answered an open survey are reminded once through the notifications outbox. See
-- docs/decisions/2026-12-06-survey-versions-and-schedules.md.

CREATE TABLE survey_schedule (
    tenant_id          uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                   REFERENCES tenant (id),
    id                 uuid        NOT NULL,
    title              text        NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    template           text        NOT NULL CHECK (template IN ('PROCESS', 'PULSE', 'ENGAGEMENT')),
    bank_questions     text[]      NOT NULL DEFAULT '{}',
    audience           text        NOT NULL CHECK (audience IN ('EVERYONE', 'PILOT_GROUP', 'DEPARTMENT')),
    audience_id        uuid,
    every_months       smallint    NOT NULL CHECK (every_months IN (1, 3, 6, 12)),
    next_run_on        date        NOT NULL,
    remind_after_days  smallint    NOT NULL DEFAULT 3 CHECK (remind_after_days BETWEEN 1 AND 30),
    active             boolean     NOT NULL DEFAULT true,
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK ((audience = 'EVERYONE') = (audience_id IS NULL))
);

ALTER TABLE survey_schedule ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_schedule FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON survey_schedule
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_schedule TO ${app_role};

-- The run a survey is of (one per schedule and date, so two nodes can never open the same run twice), and when it
-- was first opened (reminders wait a few days after that; surveys opened before this migration count from their
-- creation).
ALTER TABLE survey ADD COLUMN schedule_id uuid;
ALTER TABLE survey ADD COLUMN run_on date;
ALTER TABLE survey ADD COLUMN opened_at timestamptz;
ALTER TABLE survey ADD CONSTRAINT survey_schedule_fkey
    FOREIGN KEY (tenant_id, schedule_id) REFERENCES survey_schedule (tenant_id, id);
ALTER TABLE survey ADD CONSTRAINT survey_schedule_run_check CHECK ((schedule_id IS NULL) = (run_on IS NULL));
CREATE UNIQUE INDEX survey_schedule_run_idx ON survey (tenant_id, schedule_id, run_on) WHERE schedule_id IS NOT NULL;

INSERT INTO notification_kind (kind) VALUES ('SURVEY_REMINDER');
