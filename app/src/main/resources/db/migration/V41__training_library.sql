-- The training library: courses and resources a tenant offers, who was asked to take what
-- (assignments by managers), and each person's progress.

CREATE TABLE training_item (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id),
    id                uuid        NOT NULL,
    title             text        NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    description       text        NOT NULL DEFAULT '',
    provider_kind     text        NOT NULL CHECK (provider_kind IN ('INTERNAL', 'EXTERNAL')),
    provider_name     text,
    url               text        CHECK (url IS NULL OR url ~* '^https?://'),
    file_name         text,
    file_media_type   text,
    file_content      bytea,
    format            text        NOT NULL CHECK (format IN ('COURSE', 'VIDEO', 'ARTICLE', 'BOOK', 'WORKSHOP',
                                                             'PODCAST', 'WEBINAR', 'MENTORING')),
    duration_minutes  integer     CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    level             text        NOT NULL CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    competencies      text[]      NOT NULL DEFAULT '{}',
    language          text        NOT NULL CHECK (language IN ('en', 'sv')),
    tags              text[]      NOT NULL DEFAULT '{}',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((file_name IS NULL) = (file_content IS NULL))
);
CREATE UNIQUE INDEX training_item_title_idx ON training_item (tenant_id, lower(title));

CREATE TABLE training_assignment (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    item_id      uuid        NOT NULL,
    employee_id  uuid        NOT NULL,
    assigned_by  uuid        NOT NULL,
    due_date     date,
    assigned_at  timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, item_id, employee_id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES training_item (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, assigned_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX training_assignment_employee_idx ON training_assignment (tenant_id, employee_id);

CREATE TABLE training_progress (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    item_id       uuid        NOT NULL,
    employee_id   uuid        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    percent       integer     NOT NULL CHECK (percent BETWEEN 0 AND 100),
    completed_on  date,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, item_id, employee_id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES training_item (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL)),
    CHECK (status <> 'COMPLETED' OR percent = 100),
    CHECK (status <> 'NOT_STARTED' OR percent = 0)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['training_item', 'training_assignment', 'training_progress'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
