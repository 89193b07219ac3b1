-- SCIM bearer tokens and the record of erased people (GDPR).

-- A bearer token an HR admin created for an identity provider (Okta, Entra ID). Only the SHA-256
-- of the token is kept: the token itself is shown once. The token names its tenant in clear, so
-- the request can bind that tenant before the hash is looked up under row-level security.
CREATE TABLE scim_token (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(trim(name)) > 0),
    token_hash   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   uuid,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, created_by) REFERENCES employee (tenant_id, id)
);

-- One row per erased person: when, and the number of the pseudonym ("Former employee 7").
-- Append-only: an erasure is never undone.
CREATE TABLE person_erasure (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    employee_id uuid        NOT NULL,
    number      integer     NOT NULL CHECK (number > 0),
    erased_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, employee_id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['scim_token', 'person_erasure'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON scim_token TO ${app_role};
GRANT SELECT, INSERT ON person_erasure TO ${app_role};
