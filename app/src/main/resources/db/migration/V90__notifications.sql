-- Notifications through a transactional outbox (docs/decisions/2026-11-27-notifications-outbox.md).
--
-- A notification is written in the same transaction as the change that causes it (or by a reminder
-- scheduler, once per due item thanks to its dedupe key), together with one delivery row per channel.
-- A worker claims due deliveries with FOR UPDATE SKIP LOCKED, commits the claim (a lease), sends
-- without holding a connection, and records the outcome. Nothing is lost by a crash or an outage.

-- What happened, for whom, with the facts needed to write it; rendered at send time in the
-- recipient's language. Append-only: history of what Kadens told people.
CREATE TABLE notification (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('CHECK_IN_DUE', 'ONE_ON_ONE_TOMORROW', 'FEEDBACK_REQUESTED',
                                                       'FEEDBACK_REQUEST_DUE')),
    recipient_id uuid        NOT NULL,
    -- Makes a reminder once per due item: the scheduler may run any number of times.
    dedupe_key   text        NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 300),
    facts        jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dedupe_key),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX notification_recipient_idx ON notification (tenant_id, recipient_id, created_at DESC);

-- One row per channel a notification goes out on, with its delivery state.
CREATE TABLE notification_delivery (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id),
    id              uuid        NOT NULL,
    notification_id uuid        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'SLACK')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'RETRYING', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    -- Set when a worker claims the row; another worker skips it until then (a crashed worker's
    -- claim runs out, so the delivery is tried again).
    claimed_until   timestamptz,
    last_error      text        CHECK (last_error IS NULL OR length(last_error) <= 500),
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, notification_id, channel),
    FOREIGN KEY (tenant_id, notification_id) REFERENCES notification (tenant_id, id),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_delivery_due_idx ON notification_delivery (tenant_id, next_attempt_at)
    WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX notification_delivery_created_idx ON notification_delivery (tenant_id, created_at DESC);

-- The tenant's Slack workspace. The bot token and signing secret are stored encrypted (AES-GCM,
-- key held by the deployment, not the database) and never shown again after connecting.
CREATE TABLE slack_connection (
    tenant_id                uuid        NOT NULL REFERENCES tenant (id),
    team_id                  text        NOT NULL CHECK (team_id ~ '^[A-Z0-9]{2,32}$'),
    team_name                text        NOT NULL,
    bot_user_id              text,
    token_ciphertext         text        NOT NULL,
    signing_secret_ciphertext text       NOT NULL,
    connected_by             uuid        NOT NULL,
    connected_at             timestamptz NOT NULL,
    version                  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id),
    FOREIGN KEY (tenant_id, connected_by) REFERENCES employee (tenant_id, id)
);

-- People matched to Slack users by email (users.lookupByEmail), cached; slack_user_id null means
-- "looked up, not in the workspace" until the cache entry is refreshed.
CREATE TABLE slack_person (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    employee_id   uuid        NOT NULL,
    slack_user_id text        CHECK (slack_user_id IS NULL OR slack_user_id ~ '^[A-Z0-9]{2,32}$'),
    looked_up_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX slack_person_user_idx ON slack_person (tenant_id, slack_user_id);

-- Demo deployments only: what the deployment's mailer sent to this tenant's people (the
-- development inbox page). Append-only.
CREATE TABLE dev_inbox_mail (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    id         uuid        NOT NULL,
    recipient  text        NOT NULL,
    subject    text        NOT NULL,
    text_body  text        NOT NULL,
    html_body  text        NOT NULL,
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dev_inbox_mail_sent_idx ON dev_inbox_mail (tenant_id, sent_at DESC);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['notification', 'notification_delivery', 'slack_connection', 'slack_person',
                             'dev_inbox_mail'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT ON notification TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON notification_delivery TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON slack_connection TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON slack_person TO ${app_role};
GRANT SELECT, INSERT ON dev_inbox_mail TO ${app_role};
