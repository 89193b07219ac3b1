-- Review cycles (issue 15, part 2): a cycle asks one template version of its participants through phases
-- with deadlines. Launching resolves the selection (departments, teams, a list of people) into
-- participants and creates every self and manager review in a few set-based statements, in one
-- transaction. See docs/decisions/2026-12-05-reviews-cycles.md.

CREATE TABLE review_cycle (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    id                uuid        NOT NULL,
    name              text        NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    kind              text        NOT NULL CHECK (kind IN ('ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'PROBATION', 'PROJECT')),
    template_id       uuid        NOT NULL,
    -- Set at launch: the version the cycle asks for its whole life.
    template_version  integer,
    window_start      date        NOT NULL,
    window_end        date        NOT NULL,
    peer_cap          integer     NOT NULL DEFAULT 3 CHECK (peer_cap BETWEEN 0 AND 10),
    status            text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')),
    launched_at       timestamptz,
    closed_at         timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id) REFERENCES review_template (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id, template_version)
        REFERENCES review_template_version (tenant_id, template_id, number),
    CHECK (window_start <= window_end),
    CHECK ((status = 'DRAFT') = (launched_at IS NULL)),
    CHECK (status = 'DRAFT' OR template_version IS NOT NULL),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);

-- One deadline per phase; phases run in the order of the enum io.kadens.reviews.CyclePhase.
CREATE TABLE review_cycle_phase (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    cycle_id          uuid        NOT NULL,
    phase             text        NOT NULL CHECK (phase IN ('SELF_REVIEW', 'PEER_NOMINATION', 'PEER_REVIEWS',
                                                            'MANAGER_REVIEW', 'CALIBRATION', 'SIGN_OFF', 'SHARING')),
    deadline          date        NOT NULL,
    PRIMARY KEY (tenant_id, cycle_id, phase),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES review_cycle (tenant_id, id) ON DELETE CASCADE
);

-- Who a cycle is for, as chosen before launch: whole departments, teams, or single people.
CREATE TABLE review_cycle_selection (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    cycle_id          uuid        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('DEPARTMENT', 'TEAM', 'PERSON')),
    ref_id            uuid        NOT NULL,
    PRIMARY KEY (tenant_id, cycle_id, kind, ref_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES review_cycle (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE review_participant (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    cycle_id          uuid        NOT NULL,
    employee_id       uuid        NOT NULL,
    -- The manager at launch (or when added), who writes the manager review.
    manager_id        uuid,
    status            text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REMOVED')),
    added_at          timestamptz NOT NULL DEFAULT now(),
    removed_at        timestamptz,
    PRIMARY KEY (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES review_cycle (tenant_id, id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, manager_id) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'REMOVED') = (removed_at IS NOT NULL))
);
CREATE INDEX review_participant_manager_idx ON review_participant (tenant_id, manager_id);

-- One review of a participant by one author on one form. Answers come with the writing forms (part 3).
CREATE TABLE review (
    tenant_id         uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                  REFERENCES tenant (id),
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    cycle_id          uuid        NOT NULL,
    subject_id        uuid        NOT NULL,
    author_id         uuid        NOT NULL,
    form              text        NOT NULL CHECK (form IN ('SELF', 'MANAGER', 'PEER', 'UPWARD')),
    status            text        NOT NULL DEFAULT 'NOT_STARTED'
                                  CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED')),
    answers           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    submitted_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, cycle_id, subject_id, author_id, form),
    FOREIGN KEY (tenant_id, cycle_id, subject_id) REFERENCES review_participant (tenant_id, cycle_id, employee_id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX review_author_idx ON review (tenant_id, author_id, cycle_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['review_cycle', 'review_cycle_phase', 'review_cycle_selection', 'review_participant',
                             'review'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

INSERT INTO notification_kind (kind) VALUES ('REVIEW_DUE');
