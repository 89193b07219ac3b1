-- A transaction of the schema owner may defer the kept 1:1 adherence figures (V203) and write them itself
-- (docs/decisions/2026-12-06-scale-generator-speed.md).
--
-- Bulk writers that make whole series at once (the data generator) wrote the figures in one set-based statement
-- after disabling the row triggers with ALTER TABLE. That lock is held to the end of the transaction and blocks
-- every other writer of meetings and check-ins, so two generator connections ran one after the other. Instead, a
-- transaction may now say `set_config('kadens.one_on_one_adherence', 'deferred', true)`: the triggers then keep
-- nothing, and the transaction must write the figures of what it changed before it commits.
--
-- Honoured only when the session's login role owns these functions (the schema owner that runs the migrations). The
-- owner can already disable the triggers and write the figure table, so this grants nothing new; the application
-- role and the tenant porter are never deferred, whatever they set, so their writes keep the figures exact as before.
-- Being transaction-local, the setting ends at commit or rollback.
CREATE OR REPLACE FUNCTION one_on_one_meeting_adherence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
    -- Inside this SECURITY DEFINER function current_user is the owner; session_user is who logged in.
    IF session_user = current_user AND current_setting('kadens.one_on_one_adherence', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'COMPLETED' THEN
        PERFORM one_on_one_adherence_add(OLD.tenant_id, OLD.pair_id, OLD.scheduled_at, -1,
            -(SELECT count(*) FROM check_in c
              WHERE c.tenant_id = OLD.tenant_id AND c.meeting_id = OLD.id AND c.submitted_at <= OLD.scheduled_at)::integer);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'COMPLETED' THEN
        PERFORM one_on_one_adherence_add(NEW.tenant_id, NEW.pair_id, NEW.scheduled_at, 1,
            (SELECT count(*) FROM check_in c
             WHERE c.tenant_id = NEW.tenant_id AND c.meeting_id = NEW.id AND c.submitted_at <= NEW.scheduled_at)::integer);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION one_on_one_meeting_adherence() FROM PUBLIC;

CREATE OR REPLACE FUNCTION check_in_adherence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
    IF session_user = current_user AND current_setting('kadens.one_on_one_adherence', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM one_on_one_adherence_add(mt.tenant_id, mt.pair_id, mt.scheduled_at, 0, -1)
        FROM one_on_one_meeting mt
        WHERE mt.tenant_id = OLD.tenant_id AND mt.id = OLD.meeting_id AND mt.status = 'COMPLETED'
          AND OLD.submitted_at <= mt.scheduled_at;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM one_on_one_adherence_add(mt.tenant_id, mt.pair_id, mt.scheduled_at, 0, 1)
        FROM one_on_one_meeting mt
        WHERE mt.tenant_id = NEW.tenant_id AND mt.id = NEW.meeting_id AND mt.status = 'COMPLETED'
          AND NEW.submitted_at <= mt.scheduled_at;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION check_in_adherence() FROM PUBLIC;
