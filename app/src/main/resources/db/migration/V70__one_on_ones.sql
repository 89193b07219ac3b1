-- 1:1s: a series per pair of people (a manager and a report, or a mentor and a mentee), its meetings
-- scheduled ahead, each meeting's shared agenda and notes, private notes only their author can read,
-- and action items that stay open across the pair's meetings until done.
-- See docs/decisions/2026-11-27-one-on-ones.md.

CREATE TABLE one_on_one_pair (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('MANAGER', 'MENTOR')),
    -- The manager (or mentor) and the report (or mentee).
    lead_id           uuid        NOT NULL,
    member_id         uuid        NOT NULL,
    -- NULL: the tenant's default cadence applies.
    cadence_override  text        CHECK (cadence_override IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    -- A manager pair whose reporting line ended stays for its history but schedules nothing more.
    active            boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, kind, lead_id, member_id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES employee (tenant_id, id),
    CHECK (lead_id <> member_id)
);
CREATE INDEX one_on_one_pair_lead_idx ON one_on_one_pair (tenant_id, lead_id);
CREATE INDEX one_on_one_pair_member_idx ON one_on_one_pair (tenant_id, member_id);

CREATE TABLE one_on_one_meeting (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    pair_id           uuid        NOT NULL,
    scheduled_at      timestamptz NOT NULL,
    duration_minutes  integer     NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 5 AND 480),
    status            text        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
    completed_at      timestamptz,
    shared_notes      text        NOT NULL DEFAULT '' CHECK (length(shared_notes) <= 20000),
    -- Shared notes have their own version: two people typing notes conflict, a reschedule does not.
    notes_version     bigint      NOT NULL DEFAULT 0,
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES one_on_one_pair (tenant_id, id),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX one_on_one_meeting_pair_idx ON one_on_one_meeting (tenant_id, pair_id, scheduled_at);
CREATE INDEX one_on_one_meeting_time_idx ON one_on_one_meeting (tenant_id, scheduled_at);

CREATE TABLE agenda_item (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    meeting_id        uuid        NOT NULL,
    author_id         uuid        NOT NULL,
    text              text        NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
    position          integer     NOT NULL,
    covered           boolean     NOT NULL DEFAULT false,
    recurring         boolean     NOT NULL DEFAULT false,
    -- Set when the point came over from an earlier meeting where it was not covered.
    carried_from      uuid,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES one_on_one_meeting (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, carried_from) REFERENCES one_on_one_meeting (tenant_id, id)
);
CREATE INDEX agenda_item_meeting_idx ON agenda_item (tenant_id, meeting_id, position);

CREATE TABLE action_item (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    pair_id           uuid        NOT NULL,
    -- The meeting where it was agreed; it stays on every later meeting of the pair until done.
    meeting_id        uuid        NOT NULL,
    owner_id          uuid        NOT NULL,
    created_by        uuid        NOT NULL,
    text              text        NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
    due_date          date,
    done_at           timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES one_on_one_pair (tenant_id, id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES one_on_one_meeting (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX action_item_pair_idx ON action_item (tenant_id, pair_id);

-- Private notes: one per meeting and author. Besides the tenant policy a RESTRICTIVE policy lets a
-- row be seen, written or deleted only while its author is the bound person (app.person_id). Nobody
-- else, HR admins, background work and the operator included, ever reads one through the app role.
CREATE TABLE private_note (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    meeting_id        uuid        NOT NULL,
    author_id         uuid        NOT NULL,
    text              text        NOT NULL CHECK (length(text) <= 20000),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, meeting_id, author_id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES one_on_one_meeting (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);

-- ---------------------------------------------------------------- check-ins
-- The tenant's questionnaire. A tenant without rows uses the built-in defaults (in code) until an HR
-- admin saves their own; answers keep the question's wording, so later edits never rewrite history.
CREATE TABLE check_in_question (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    position          integer     NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('TEXT', 'PULSE')),
    text_en           text        NOT NULL CHECK (length(trim(text_en)) > 0 AND length(text_en) <= 300),
    text_sv           text        NOT NULL CHECK (length(trim(text_sv)) > 0 AND length(text_sv) <= 300),
    required          boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id)
);

-- One check-in per manager 1:1 meeting, written by the report before it; the manager replies.
CREATE TABLE check_in (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    meeting_id        uuid        NOT NULL,
    employee_id       uuid        NOT NULL,
    pulse             smallint    CHECK (pulse BETWEEN 1 AND 5),
    submitted_at      timestamptz NOT NULL,
    reply             text        CHECK (reply IS NULL OR length(reply) <= 5000),
    replied_by        uuid,
    replied_at        timestamptz,
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, meeting_id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES one_on_one_meeting (tenant_id, id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, replied_by) REFERENCES employee (tenant_id, id),
    CHECK ((reply IS NULL) = (replied_at IS NULL))
);
CREATE INDEX check_in_employee_idx ON check_in (tenant_id, employee_id, submitted_at);

CREATE TABLE check_in_answer (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    check_in_id       uuid        NOT NULL,
    position          integer     NOT NULL,
    question_id       uuid        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('TEXT', 'PULSE')),
    question_en       text        NOT NULL,
    question_sv       text        NOT NULL,
    text_value        text        CHECK (text_value IS NULL OR length(text_value) <= 5000),
    pulse_value       smallint    CHECK (pulse_value BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, check_in_id, position),
    FOREIGN KEY (tenant_id, check_in_id) REFERENCES check_in (tenant_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['one_on_one_pair', 'one_on_one_meeting', 'agenda_item', 'action_item', 'private_note',
                             'check_in_question', 'check_in', 'check_in_answer'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Both policies must hold: the tenant's, and this one naming the author as the bound person.
CREATE POLICY author_only ON private_note AS RESTRICTIVE
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
           AND author_id = NULLIF(current_setting('app.person_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                AND author_id = NULLIF(current_setting('app.person_id', true), '')::uuid);
