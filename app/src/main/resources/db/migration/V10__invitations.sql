-- Invitations: an HR admin (or the operator, for a new tenant's first admin) invites a person
-- to set a password. No copy of the person's name or email is kept here: the person's row is the
-- one place to change or erase them, and sign-in uses that email anyway. The link's token is
-- stored only as a SHA-256 hash; the token itself names its tenant, so the anonymous invitee's
-- request binds that tenant before reading a row here.
CREATE TABLE invitation (
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    id               uuid        NOT NULL,
    employee_id      uuid        NOT NULL,
    token_hash       text        NOT NULL,
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
    expires_at       timestamptz NOT NULL,
    invited_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    last_sent_at     timestamptz,
    -- Why the last attempt to send failed; null once a send succeeded.
    delivery_failure text,
    accepted_at      timestamptz,
    revoked_at       timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);
-- At most one open invitation per person: a second one would leave two live links.
CREATE UNIQUE INDEX invitation_one_pending_idx ON invitation (tenant_id, employee_id) WHERE status = 'PENDING';
CREATE INDEX invitation_created_idx ON invitation (tenant_id, created_at DESC);

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitation
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
-- Invitations change state (sent again, accepted, revoked) but are never deleted: they are history.
GRANT SELECT, INSERT, UPDATE ON invitation TO ${app_role};
