-- Hardening of anonymous feedback and of the database functions
-- (docs/decisions/2026-12-05-feedback-unmasking-and-database-functions.md).
--
-- 1. Every SECURITY DEFINER function searches pg_catalog first and pg_temp last: with only "public",
--    PostgreSQL searches pg_temp FIRST for tables, so a session able to create temporary tables
--    could shadow a table the function reads with its own.
-- 2. No role but the owner may create temporary objects in this database at all.
-- 3. Functions derive the viewer from the bound person (app.person_id), never from an argument.
-- 4. Unmasking the author of anonymous feedback: only for an item its receiver or a manager reported,
--    asked for by one HR admin with a reason, approved by another, rate-limited, audited; all of it
--    enforced here, so no application code path can skip a step.
-- 5. Counters that must change at most once a day: the day from which a sealed author counts.

-- ---------------------------------------------------------------- temporary objects
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), '${app_role}');
END
$$;

-- ---------------------------------------------------------------- existing functions
ALTER FUNCTION tenant_active_people_count(uuid) SET search_path = pg_catalog, public, pg_temp;

-- The break-glass of V80 let one HR admin read an author alone; it is replaced by the four-eyes flow below.
DROP FUNCTION feedback_reveal_author(uuid, text);
-- The viewer is the bound person, not an argument the caller could choose.
DROP FUNCTION feedback_anonymous_author_count(uuid[], uuid);

-- ---------------------------------------------------------------- settling of anonymous items
-- The first day on which an anonymous item counts towards the "hidden items" counter and the
-- threshold's distinct authors. Kept beside the sealed author (readable by the author alone), so the
-- day an item was given is not readable by anyone else either. Existing items count already.
ALTER TABLE feedback_author ADD COLUMN counted_from date NOT NULL DEFAULT DATE '2000-01-01';
ALTER TABLE feedback_author ALTER COLUMN counted_from SET DEFAULT (current_date + 1);

-- How many distinct authors, other than the bound person, wrote the given anonymous items of the bound
-- tenant; only items counting by p_day (the application's today) are counted. Returns only a count.
CREATE FUNCTION feedback_anonymous_author_count(p_feedback uuid[], p_day date) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
    SELECT count(DISTINCT a.author_id)::integer
    FROM public.feedback_author a
    WHERE a.tenant_id = NULLIF(pg_catalog.current_setting('app.tenant_id', true), '')::uuid
      AND a.feedback_id = ANY (p_feedback)
      AND a.counted_from <= p_day
      AND a.author_id IS DISTINCT FROM NULLIF(pg_catalog.current_setting('app.person_id', true), '')::uuid
$$;
REVOKE ALL ON FUNCTION feedback_anonymous_author_count(uuid[], date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_anonymous_author_count(uuid[], date) TO ${app_role};

-- How many of the given anonymous items of the bound tenant count by p_day. Returns only a count.
CREATE FUNCTION feedback_anonymous_counted_items(p_feedback uuid[], p_day date) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
    SELECT count(*)::integer
    FROM public.feedback_author a
    WHERE a.tenant_id = NULLIF(pg_catalog.current_setting('app.tenant_id', true), '')::uuid
      AND a.feedback_id = ANY (p_feedback)
      AND a.counted_from <= p_day
$$;
REVOKE ALL ON FUNCTION feedback_anonymous_counted_items(uuid[], date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_anonymous_counted_items(uuid[], date) TO ${app_role};

-- ---------------------------------------------------------------- reports
-- A receiver (or a manager of the receiver) reports an item as abusive. Reporting shares the item's
-- text with the tenant's HR admins; it is the precondition of any unmasking.
CREATE TABLE feedback_report (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    feedback_id  uuid        NOT NULL,
    reporter_id  uuid        NOT NULL,
    reason       text        NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    reported_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, feedback_id, reporter_id),
    FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id),
    FOREIGN KEY (tenant_id, reporter_id) REFERENCES employee (tenant_id, id)
);

-- ---------------------------------------------------------------- unmask requests
-- Written only by the functions below (the application role may read, not write).
CREATE TABLE feedback_unmask_request (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    feedback_id  uuid        NOT NULL,
    requested_by uuid        NOT NULL,
    reason       text        NOT NULL CHECK (length(trim(reason)) BETWEEN 10 AND 2000),
    requested_at timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by   uuid,
    decided_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES employee (tenant_id, id),
    FOREIGN KEY (tenant_id, decided_by) REFERENCES employee (tenant_id, id),
    CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE UNIQUE INDEX feedback_unmask_one_pending ON feedback_unmask_request (tenant_id, feedback_id)
    WHERE status = 'PENDING';
CREATE INDEX feedback_unmask_requested_idx ON feedback_unmask_request (tenant_id, requested_at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['feedback_report', 'feedback_unmask_request'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;
GRANT SELECT, INSERT ON feedback_report TO ${app_role};
GRANT SELECT ON feedback_unmask_request TO ${app_role};

-- Unmask notifications go to every HR admin.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('CHECK_IN_DUE',
    'ONE_ON_ONE_TOMORROW', 'FEEDBACK_REQUESTED', 'FEEDBACK_REQUEST_DUE', 'FEEDBACK_UNMASK_REQUESTED',
    'FEEDBACK_AUTHOR_UNMASKED'));

-- The bound tenant and signed-in HR admin, or an error: every unmask function starts here.
CREATE FUNCTION feedback_unmask_actor() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor  uuid := NULLIF(current_setting('app.person_id', true), '')::uuid;
BEGIN
    IF v_tenant IS NULL OR v_actor IS NULL THEN
        RAISE EXCEPTION 'unmasking needs a signed-in person' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.user_role r WHERE r.tenant_id = v_tenant AND r.employee_id = v_actor
                   AND r.role = 'HR_ADMIN') THEN
        RAISE EXCEPTION 'unmasking is for HR admins' USING ERRCODE = '42501';
    END IF;
    RETURN v_actor;
END
$$;
REVOKE ALL ON FUNCTION feedback_unmask_actor() FROM PUBLIC;

-- An audit entry written by the unmask functions themselves.
CREATE FUNCTION feedback_unmask_audit(p_action text, p_subject uuid, p_after jsonb) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor  uuid := NULLIF(current_setting('app.person_id', true), '')::uuid;
    v_label  text;
BEGIN
    SELECT e.given_name || ' ' || e.family_name INTO v_label FROM public.employee e
    WHERE e.tenant_id = v_tenant AND e.id = v_actor;
    INSERT INTO public.audit_entry (tenant_id, id, actor_id, actor_label, action, subject_type, subject_id, after_state)
    VALUES (v_tenant, gen_random_uuid(), v_actor, coalesce(v_label, v_actor::text), p_action, 'feedback',
            p_subject::text, p_after);
END
$$;
REVOKE ALL ON FUNCTION feedback_unmask_audit(text, uuid, jsonb) FROM PUBLIC;

-- Step 1: an HR admin asks to unmask the author of a reported anonymous item, with a reason.
-- At most 3 requests per HR admin in 30 days; one pending request per item.
CREATE FUNCTION feedback_unmask_request_create(p_feedback uuid, p_reason text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor  uuid := public.feedback_unmask_actor();
    v_id     uuid := gen_random_uuid();
BEGIN
    IF p_reason IS NULL OR length(trim(p_reason)) < 10 OR length(trim(p_reason)) > 2000 THEN
        RAISE EXCEPTION 'unmasking needs a reason' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.feedback_author a WHERE a.tenant_id = v_tenant AND a.feedback_id = p_feedback) THEN
        RAISE EXCEPTION 'no such anonymous feedback' USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.feedback_report r WHERE r.tenant_id = v_tenant AND r.feedback_id = p_feedback) THEN
        RAISE EXCEPTION 'only reported feedback can be unmasked' USING ERRCODE = 'KDF01';
    END IF;
    -- one request at a time per tenant, so that counting them is not raced
    PERFORM pg_advisory_xact_lock(hashtext('feedback_unmask:' || v_tenant::text));
    IF (SELECT count(*) FROM public.feedback_unmask_request u WHERE u.tenant_id = v_tenant
        AND u.requested_by = v_actor AND u.requested_at > now() - interval '30 days') >= 3 THEN
        RAISE EXCEPTION 'too many unmask requests' USING ERRCODE = 'KDF02';
    END IF;
    IF EXISTS (SELECT 1 FROM public.feedback_unmask_request u WHERE u.tenant_id = v_tenant
               AND u.feedback_id = p_feedback AND u.status = 'PENDING') THEN
        RAISE EXCEPTION 'an unmask request for this item is pending' USING ERRCODE = 'KDF03';
    END IF;
    INSERT INTO public.feedback_unmask_request (tenant_id, id, feedback_id, requested_by, reason, requested_at, status)
    VALUES (v_tenant, v_id, p_feedback, v_actor, trim(p_reason), now(), 'PENDING');
    PERFORM public.feedback_unmask_audit('feedback.unmask_requested', p_feedback,
            jsonb_build_object('request', v_id, 'reason', trim(p_reason)));
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION feedback_unmask_request_create(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_unmask_request_create(uuid, text) TO ${app_role};

-- Step 2: another HR admin approves or declines. At most 5 approvals per tenant in 30 days.
CREATE FUNCTION feedback_unmask_request_decide(p_request uuid, p_approve boolean) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant  uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor   uuid := public.feedback_unmask_actor();
    v_request public.feedback_unmask_request%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('feedback_unmask:' || v_tenant::text));
    SELECT * INTO v_request FROM public.feedback_unmask_request u
    WHERE u.tenant_id = v_tenant AND u.id = p_request FOR UPDATE;
    IF NOT FOUND OR v_request.status <> 'PENDING' THEN
        RAISE EXCEPTION 'no such pending unmask request' USING ERRCODE = 'P0002';
    END IF;
    IF v_request.requested_by = v_actor THEN
        RAISE EXCEPTION 'a second HR admin must decide' USING ERRCODE = 'KDF04';
    END IF;
    IF p_approve AND (SELECT count(*) FROM public.feedback_unmask_request u WHERE u.tenant_id = v_tenant
                      AND u.status = 'APPROVED' AND u.decided_at > now() - interval '30 days') >= 5 THEN
        RAISE EXCEPTION 'too many unmaskings' USING ERRCODE = 'KDF02';
    END IF;
    UPDATE public.feedback_unmask_request u
    SET status = CASE WHEN p_approve THEN 'APPROVED' ELSE 'DECLINED' END, decided_by = v_actor, decided_at = now()
    WHERE u.tenant_id = v_tenant AND u.id = p_request;
    PERFORM public.feedback_unmask_audit(CASE WHEN p_approve THEN 'feedback.unmask_approved'
            ELSE 'feedback.unmask_declined' END, v_request.feedback_id, jsonb_build_object('request', p_request));
END
$$;
REVOKE ALL ON FUNCTION feedback_unmask_request_decide(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_unmask_request_decide(uuid, boolean) TO ${app_role};

-- Step 3: the HR admin who asked reads the author of an approved request; every reading is audited.
CREATE FUNCTION feedback_unmask_reveal(p_request uuid) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    v_tenant  uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    v_actor   uuid := public.feedback_unmask_actor();
    v_request public.feedback_unmask_request%ROWTYPE;
    v_author  uuid;
BEGIN
    SELECT * INTO v_request FROM public.feedback_unmask_request u WHERE u.tenant_id = v_tenant AND u.id = p_request;
    IF NOT FOUND OR v_request.status <> 'APPROVED' OR v_request.requested_by <> v_actor THEN
        RAISE EXCEPTION 'no such approved unmask request of yours' USING ERRCODE = 'P0002';
    END IF;
    SELECT a.author_id INTO v_author FROM public.feedback_author a
    WHERE a.tenant_id = v_tenant AND a.feedback_id = v_request.feedback_id;
    PERFORM public.feedback_unmask_audit('feedback.author_revealed', v_request.feedback_id,
            jsonb_build_object('request', p_request, 'reason', v_request.reason));
    RETURN v_author;
END
$$;
REVOKE ALL ON FUNCTION feedback_unmask_reveal(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feedback_unmask_reveal(uuid) TO ${app_role};
