-- Continuous feedback: feedback items with replies, requests for feedback, praise with reactions,
-- the tenant's feedback settings, and the sealed authors of anonymous feedback.
-- See docs/decisions/2026-11-27-feedback-anonymity.md.

-- ---------------------------------------------------------------- settings
-- A tenant without a row has the defaults (anonymous feedback allowed, direct manager sees private feedback).
CREATE TABLE feedback_settings (
    tenant_id                uuid   NOT NULL REFERENCES tenant (id),
    anonymous_peer_allowed   boolean NOT NULL,
    anonymous_upward_allowed boolean NOT NULL,
    manager_visibility       text   NOT NULL CHECK (manager_visibility IN ('RECEIVER_ONLY', 'DIRECT_MANAGER', 'MANAGER_CHAIN')),
    version                  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

-- ---------------------------------------------------------------- requests
CREATE TABLE feedback_request (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    -- whom the feedback is about: the requester themselves, or one of a manager's reports
    subject_id   uuid        NOT NULL,
    requester_id uuid        NOT NULL,
    question     text        NOT NULL CHECK (length(trim(question)) > 0 AND length(question) <= 1000),
    due_date     date        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, subject_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, requester_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX feedback_request_requester_idx ON feedback_request (tenant_id, requester_id);
CREATE INDEX feedback_request_subject_idx ON feedback_request (tenant_id, subject_id);

CREATE TABLE feedback_request_recipient (
    tenant_id      uuid        NOT NULL,
    request_id     uuid        NOT NULL,
    recipient_id   uuid        NOT NULL,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED', 'DECLINED')),
    responded_on   date,
    -- the day a "request due" event was published for this recipient, so it is published once
    reminded_on    date,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, request_id, recipient_id),
    FOREIGN KEY (tenant_id, request_id) REFERENCES feedback_request (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'OPEN') = (responded_on IS NULL))
);
CREATE INDEX feedback_request_recipient_idx ON feedback_request_recipient (tenant_id, recipient_id, status);

-- ---------------------------------------------------------------- feedback
-- An anonymous item has no author_id and no exact time: given_on is the first day of its month and
-- given_at is null. Its author is kept apart in feedback_author, which the application cannot read
-- except for the signed-in person's own items.
CREATE TABLE feedback (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    receiver_id  uuid        NOT NULL,
    author_id    uuid,
    anonymous    boolean     NOT NULL,
    source       text        NOT NULL CHECK (source IN ('MANAGER', 'PEER', 'REPORT', 'SELF')),
    visibility   text        NOT NULL CHECK (visibility IN ('RECEIVER_AND_MANAGERS', 'RECEIVER_ONLY')),
    body         text        NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 4000),
    competency   text        CHECK (competency IS NULL OR length(trim(competency)) BETWEEN 1 AND 200),
    goal_id      uuid,
    request_id   uuid,
    given_on     date        NOT NULL,
    given_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, receiver_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, request_id) REFERENCES feedback_request (tenant_id, id),
    CHECK (anonymous = (author_id IS NULL)),
    CHECK (anonymous = (given_at IS NULL)),
    CHECK (NOT anonymous OR extract(day FROM given_on) = 1),
    CHECK (NOT anonymous OR source IN ('PEER', 'REPORT')),
    CHECK (NOT anonymous OR (goal_id IS NULL AND request_id IS NULL)),
    CHECK (author_id IS NULL OR author_id <> receiver_id)
);
CREATE INDEX feedback_receiver_idx ON feedback (tenant_id, receiver_id, given_on);
CREATE INDEX feedback_author_idx ON feedback (tenant_id, author_id);
CREATE INDEX feedback_goal_idx ON feedback (tenant_id, goal_id) WHERE goal_id IS NOT NULL;

-- The sealed author of an anonymous item (for abuse handling only).
CREATE TABLE feedback_author (
    tenant_id    uuid NOT NULL,
    feedback_id  uuid NOT NULL,
    author_id    uuid NOT NULL,
    PRIMARY KEY (tenant_id, feedback_id),
    FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id)
);
CREATE INDEX feedback_author_author_idx ON feedback_author (tenant_id, author_id);

CREATE TABLE feedback_reply (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    feedback_id  uuid        NOT NULL,
    -- null when the anonymous author of the item replies: the reply stays as anonymous as the item
    author_id    uuid,
    by_anonymous_author boolean NOT NULL DEFAULT false,
    body         text        NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 2000),
    written_on   date        NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id),
    CHECK (by_anonymous_author = (author_id IS NULL))
);
CREATE INDEX feedback_reply_feedback_idx ON feedback_reply (tenant_id, feedback_id);

-- ---------------------------------------------------------------- praise
CREATE TABLE praise (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    author_id    uuid        NOT NULL,
    recipient_id uuid        NOT NULL,
    body         text        NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 280),
    given_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES employee (tenant_id, id),
    CHECK (author_id <> recipient_id)
);
CREATE INDEX praise_feed_idx ON praise (tenant_id, given_at DESC);

CREATE TABLE praise_reaction (
    tenant_id    uuid        NOT NULL,
    praise_id    uuid        NOT NULL,
    employee_id  uuid        NOT NULL,
    reaction     text        NOT NULL CHECK (reaction IN ('THUMBS_UP', 'HEART', 'CLAP', 'TADA', 'STAR')),
    reacted_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, praise_id, employee_id, reaction),
    FOREIGN KEY (tenant_id, praise_id) REFERENCES praise (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['feedback_settings', 'feedback_request', 'feedback_request_recipient', 'feedback',
                             'feedback_author', 'feedback_reply', 'praise', 'praise_reaction'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

-- Least privilege: feedback, replies and authors are never edited; requests' recipients change status.
GRANT SELECT, INSERT, UPDATE ON feedback_settings TO ${app_role};
GRANT SELECT, INSERT ON feedback_request TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON feedback_request_recipient TO ${app_role};
GRANT SELECT, INSERT ON feedback TO ${app_role};
GRANT SELECT, INSERT ON feedback_reply TO ${app_role};
GRANT SELECT, INSERT ON feedback_author TO ${app_role};
GRANT SELECT, INSERT ON praise TO ${app_role};
GRANT SELECT, INSERT, DELETE ON praise_reaction TO ${app_role};

-- The application role reads a sealed author only when it is the signed-in person: enough to list
-- one's own anonymous feedback under "given", never anyone else's. The owner (SECURITY DEFINER
-- functions below) is not subject to this policy, only to the tenant policy.
CREATE POLICY author_only ON feedback_author AS RESTRICTIVE FOR SELECT TO ${app_role}
    USING (author_id = NULLIF(current_setting('app.person_id', true), '')::uuid);

-- How many distinct authors, other than the viewer, wrote the given anonymous items of the bound
-- tenant. The service calls it with a whole group it is about to show, to apply the threshold; a
-- viewer who wrote some of them never counts towards the threshold of a group they see.
CREATE FUNCTION feedback_anonymous_author_count(p_feedback uuid[], p_viewer uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
    SELECT count(DISTINCT a.author_id)::integer
    FROM feedback_author a
    WHERE a.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
      AND a.feedback_id = ANY (p_feedback)
      AND a.author_id IS DISTINCT FROM p_viewer
$$;
REVOKE ALL ON FUNCTION feedback_anonymous_author_count(uuid[], uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_anonymous_author_count(uuid[], uuid) TO ${app_role};

-- Break-glass: the sealed author of one anonymous item, for an HR admin of the bound tenant with a
-- reason. The function itself writes the audit entry, so no code path reads an author unaudited.
CREATE FUNCTION feedback_reveal_author(p_feedback uuid, p_reason text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
    v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor  uuid := NULLIF(current_setting('app.person_id', true), '')::uuid;
    v_label  text;
    v_author uuid;
BEGIN
    IF v_tenant IS NULL OR v_actor IS NULL THEN
        RAISE EXCEPTION 'break-glass needs a signed-in person' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM user_role r WHERE r.tenant_id = v_tenant AND r.employee_id = v_actor
                   AND r.role = 'HR_ADMIN') THEN
        RAISE EXCEPTION 'break-glass is for HR admins' USING ERRCODE = '42501';
    END IF;
    IF p_reason IS NULL OR length(trim(p_reason)) < 10 THEN
        RAISE EXCEPTION 'break-glass needs a reason' USING ERRCODE = '22023';
    END IF;
    SELECT a.author_id INTO v_author FROM feedback_author a
    WHERE a.tenant_id = v_tenant AND a.feedback_id = p_feedback;
    IF v_author IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT e.given_name || ' ' || e.family_name INTO v_label FROM employee e
    WHERE e.tenant_id = v_tenant AND e.id = v_actor;
    INSERT INTO audit_entry (tenant_id, id, actor_id, actor_label, action, subject_type, subject_id, after_state)
    VALUES (v_tenant, gen_random_uuid(), v_actor, coalesce(v_label, v_actor::text), 'feedback.author_revealed',
            'feedback', p_feedback::text, jsonb_build_object('reason', trim(p_reason)));
    RETURN v_author;
END
$$;
REVOKE ALL ON FUNCTION feedback_reveal_author(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_reveal_author(uuid, text) TO ${app_role};
