-- Personal access tokens for the REST API. A token's text names its tenant (so a bearer request
-- binds that tenant before it reads anything; row-level security hides every token until then)
-- and is stored only as its SHA-256 hash: a copy of the database opens no API access.
CREATE TABLE api_token (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    employee_id   uuid        NOT NULL,
    name          text        NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    token_hash    text        NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    -- Marks the tokens demo start-up creates, so the next start revokes them.
    demo          boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    text,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id),
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX api_token_employee_idx ON api_token (tenant_id, employee_id, created_at DESC);

ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
-- Revoked tokens stay as history (who had API access and when); nothing deletes them.
GRANT SELECT, INSERT, UPDATE ON api_token TO ${app_role};
