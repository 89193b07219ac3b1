-- Calibration (issue 15, part 5): sessions per department or group of a review cycle, the tenant's rating
-- guideline, calibrators' private previews, and the facilitator's 9-box moves. The calibrated rating and potential
-- themselves live in review_outcome (owned by reviews); these tables hold only calibration's own records.
-- See docs/decisions/2026-12-06-calibration.md.

-- The expected share (percent) of each rating, lowest rating first; as many shares as the tenant's scale has points.
CREATE TABLE calibration_guideline (
    tenant_id  uuid       NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                          REFERENCES tenant (id),
    shares     smallint[] NOT NULL CHECK (array_length(shares, 1) BETWEEN 3 AND 5),
    version    bigint     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE calibration_session (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                               REFERENCES tenant (id),
    id             uuid        NOT NULL,
    cycle_id       uuid        NOT NULL,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    -- How the people were chosen; the chosen departments, teams or people are kept for display, the people it
    -- resolved to at creation are the rows of calibration_session_person.
    scope_kind     text        NOT NULL CHECK (scope_kind IN ('DEPARTMENTS', 'TEAMS', 'LIST')),
    scope_ids      uuid[]      NOT NULL,
    facilitator_id uuid        NOT NULL,
    -- The session's own guideline; null follows the tenant's.
    guideline      smallint[]  CHECK (guideline IS NULL OR array_length(guideline, 1) BETWEEN 3 AND 5),
    -- PREVIEW: calibrators record proposals privately; MEETING: the facilitator opened it, proposals are shown
    -- and people are moved; FINISHED: nothing changes any more.
    status         text        NOT NULL DEFAULT 'PREVIEW' CHECK (status IN ('PREVIEW', 'MEETING', 'FINISHED')),
    created_by     uuid        NOT NULL,
    created_at     timestamptz NOT NULL,
    opened_at      timestamptz,
    finished_at    timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES review_cycle (tenant_id, id),
    FOREIGN KEY (tenant_id, facilitator_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'PREVIEW') = (opened_at IS NULL)),
    CHECK ((status = 'FINISHED') = (finished_at IS NOT NULL))
);
CREATE INDEX calibration_session_cycle_idx ON calibration_session (tenant_id, cycle_id);

CREATE TABLE calibration_session_calibrator (
    tenant_id     uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                       REFERENCES tenant (id),
    session_id    uuid NOT NULL,
    calibrator_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, session_id, calibrator_id),
    FOREIGN KEY (tenant_id, session_id) REFERENCES calibration_session (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, calibrator_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX calibration_session_calibrator_person_idx ON calibration_session_calibrator (tenant_id, calibrator_id);

CREATE TABLE calibration_session_person (
    tenant_id   uuid NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                     REFERENCES tenant (id),
    session_id  uuid NOT NULL,
    cycle_id    uuid NOT NULL,
    employee_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, session_id, employee_id),
    FOREIGN KEY (tenant_id, session_id) REFERENCES calibration_session (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, cycle_id, employee_id) REFERENCES review_participant (tenant_id, cycle_id, employee_id)
);

-- A calibrator's proposal for one person, private until the facilitator opens the meeting.
CREATE TABLE calibration_preview (
    tenant_id     uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                              REFERENCES tenant (id),
    session_id    uuid        NOT NULL,
    calibrator_id uuid        NOT NULL,
    employee_id   uuid        NOT NULL,
    rating        smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    potential     smallint    CHECK (potential BETWEEN 1 AND 3),
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, session_id, calibrator_id, employee_id),
    FOREIGN KEY (tenant_id, session_id, calibrator_id)
        REFERENCES calibration_session_calibrator (tenant_id, session_id, calibrator_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, session_id, employee_id)
        REFERENCES calibration_session_person (tenant_id, session_id, employee_id) ON DELETE CASCADE
);

-- The facilitator's moves in the 9-box, each with its reason: the session's history, append-only.
CREATE TABLE calibration_move (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                               REFERENCES tenant (id),
    id             uuid        NOT NULL,
    session_id     uuid        NOT NULL,
    employee_id    uuid        NOT NULL,
    moved_by       uuid        NOT NULL,
    from_rating    smallint,
    from_potential smallint,
    to_rating      smallint    NOT NULL CHECK (to_rating BETWEEN 1 AND 5),
    to_potential   smallint    NOT NULL CHECK (to_potential BETWEEN 1 AND 3),
    reason         text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
    moved_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, session_id, employee_id)
        REFERENCES calibration_session_person (tenant_id, session_id, employee_id),
    FOREIGN KEY (tenant_id, moved_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX calibration_move_session_idx ON calibration_move (tenant_id, session_id, moved_at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['calibration_guideline', 'calibration_session', 'calibration_session_calibrator',
                             'calibration_session_person', 'calibration_preview', 'calibration_move'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)
            WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON calibration_guideline, calibration_session TO ${app_role};
GRANT SELECT, INSERT, DELETE ON calibration_session_calibrator, calibration_session_person TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON calibration_preview TO ${app_role};
GRANT SELECT, INSERT ON calibration_move TO ${app_role};
