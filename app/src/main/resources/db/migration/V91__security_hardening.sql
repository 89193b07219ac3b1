-- Hardening (issue 11): sign-in throttling by delay, SCIM token expiry, access token scopes and a
-- tenant's maximum access token lifetime. See docs/decisions/2026-12-05-sign-in-throttling-and-token-scopes.md.

-- Sign-in throttling keeps one row per account, per client address and one for the whole service.
-- A failure no longer blocks: the time of the last failure decides how long the next attempt waits.
ALTER TABLE sign_in_throttle DROP COLUMN blocked_until;
ALTER TABLE sign_in_throttle ADD COLUMN last_failure_at timestamptz;
UPDATE sign_in_throttle SET last_failure_at = window_started_at;
ALTER TABLE sign_in_throttle ALTER COLUMN last_failure_at SET NOT NULL;
-- Old rows are removed by age (the window is over).
CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure_at);

-- SCIM tokens expire. Tokens that exist already get a year from now, so no running provisioning stops today.
ALTER TABLE scim_token ADD COLUMN expires_at timestamptz;
UPDATE scim_token SET expires_at = now() + interval '1 year';
ALTER TABLE scim_token ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE scim_token ADD CONSTRAINT scim_token_expires_after_creation CHECK (expires_at > created_at);

-- Personal access tokens read, or read and write. Existing tokens could write: they keep that.
ALTER TABLE api_token ADD COLUMN scope text NOT NULL DEFAULT 'READ_WRITE'
    CHECK (scope IN ('READ', 'READ_WRITE'));

-- A tenant's rules for personal access tokens: the longest lifetime a token may have (null: no limit).
CREATE TABLE api_token_policy (
    tenant_id          uuid        NOT NULL REFERENCES tenant (id),
    max_lifetime_days  integer     CHECK (max_lifetime_days BETWEEN 1 AND 3650),
    version            bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id)
);
ALTER TABLE api_token_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token_policy
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON api_token_policy TO ${app_role};
