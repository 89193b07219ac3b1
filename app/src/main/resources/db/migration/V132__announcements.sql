-- Announcements (issue 16, part 4): HR admins post a title and body in English, Swedish or both to everyone, a
-- department, a team or a pilot group. The audience is resolved once, when the announcement is posted
-- (announcement_recipient), so the home page reads one indexed row per person and the outbox sends to the same
-- people; a recipient dismisses it by setting dismissed_at. See docs/decisions/2026-12-06-announcements.md.

CREATE TABLE announcement (
    tenant_id      uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                               REFERENCES tenant (id),
    id             uuid        NOT NULL,
    title_en       text        CHECK (length(trim(title_en)) > 0 AND length(title_en) <= 200),
    body_en        text        CHECK (length(body_en) <= 4000),
    title_sv       text        CHECK (length(trim(title_sv)) > 0 AND length(title_sv) <= 200),
    body_sv        text        CHECK (length(body_sv) <= 4000),
    audience       text        NOT NULL CHECK (audience IN ('EVERYONE', 'DEPARTMENT', 'TEAM', 'PILOT_GROUP')),
    audience_id    uuid,
    also_notify    boolean     NOT NULL DEFAULT false,
    -- Null once the author was erased (their announcement stays for its readers).
    author_id      uuid,
    published_at   timestamptz NOT NULL,
    -- Shown until this moment; withdrawing an announcement sets it to the moment of withdrawal.
    ends_at        timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((audience = 'EVERYONE') = (audience_id IS NULL)),
    CHECK (title_en IS NOT NULL OR title_sv IS NOT NULL),
    CHECK ((title_en IS NULL) = (body_en IS NULL) AND (title_sv IS NULL) = (body_sv IS NULL)),
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);

CREATE TABLE announcement_recipient (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    announcement_id  uuid        NOT NULL,
    employee_id      uuid        NOT NULL,
    dismissed_at     timestamptz,
    PRIMARY KEY (tenant_id, announcement_id, employee_id),
    FOREIGN KEY (tenant_id, announcement_id) REFERENCES announcement (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX announcement_recipient_employee_idx ON announcement_recipient (tenant_id, employee_id)
    WHERE dismissed_at IS NULL;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['announcement', 'announcement_recipient'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- Announcements also sent by email and Slack go through the outbox.
INSERT INTO notification_kind (kind) VALUES ('ANNOUNCEMENT');
