-- Operator bootstrap without demo mode (docs/decisions/2026-12-05-operator-bootstrap-and-migration-step.md).
--
-- An operator created from KADENS_OPERATOR_BOOTSTRAP_EMAIL has no password until they open the
-- single-use sign-in link printed once at start-up. Only the link's SHA-256 is stored, with its expiry;
-- using it clears both, so the link works once.
ALTER TABLE operator_account ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE operator_account ADD COLUMN setup_token_hash text UNIQUE;
ALTER TABLE operator_account ADD COLUMN setup_token_expires_at timestamptz;
ALTER TABLE operator_account ADD CONSTRAINT operator_account_setup_token_complete
    CHECK ((setup_token_hash IS NULL) = (setup_token_expires_at IS NULL));

-- The web process no longer migrates (it holds the application role only): it reads which migrations
-- were applied, to refuse to start on a schema older than its code.
GRANT SELECT ON flyway_schema_history TO ${app_role};
