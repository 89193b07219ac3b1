-- The audit log: every admin action (who, when, what, before and after) of a tenant.
-- Append-only for the application: it may insert and read, never change or remove an entry.
-- actor_id has no foreign key on purpose: an entry outlives the person it names.

CREATE TABLE audit_entry (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id     uuid,
    actor_label  text        NOT NULL CHECK (length(trim(actor_label)) > 0),
    action       text        NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    subject_type text        NOT NULL CHECK (length(trim(subject_type)) > 0),
    subject_id   text,
    before_state jsonb,
    after_state  jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_entry_by_time ON audit_entry (tenant_id, occurred_at DESC);
CREATE INDEX audit_entry_by_subject ON audit_entry (tenant_id, subject_type, subject_id);

ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_entry
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT ON audit_entry TO ${app_role};
