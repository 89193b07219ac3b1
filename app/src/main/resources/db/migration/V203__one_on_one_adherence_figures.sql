-- 1:1 adherence figures kept per series (issue 16, docs/decisions/2026-12-06-analytics-speed.md, addendum
-- "1:1 adherence").
--
-- The one-on-ones and pilot pages counted every completed meeting of the window with its check-in on each view
-- (120,000 meetings and 120,000 check-ins in two years at 10,000 people), grouped them by series and month, and
-- looked up each series' first month: about a second and a half, whatever the arithmetic around it. What a page
-- needs per series is small: per month, how many meetings were held and how many had a check-in submitted before
-- the meeting. This table keeps exactly that, one row per series, as two arrays whose subscript is the month
-- (year * 12 + month - 1, in UTC, as the page counts them): a page reads one row per series instead of every
-- meeting, and does the cadence arithmetic itself.
--
-- The rows are always exact, never stale: triggers on one_on_one_meeting and check_in add each write's change
-- (+1/-1) to the month it falls in, in the writing transaction. Changes are additive, so concurrent writers of one
-- series serialise on the row and neither loses the other's change (ON CONFLICT DO UPDATE re-reads the row it
-- waited for). Everything else the figures depend on (a series' cadence, whether it is active, its kind, when it
-- was created, the tenant's default cadence, the people's departments and pilot groups) is read live by the page.
--
-- The table is derived: the tenant export leaves it out (its comment says so, TenantTables reads it), and an
-- import rebuilds it through the same triggers while it writes meetings and check-ins.
CREATE TABLE one_on_one_adherence_figure (
    tenant_id  uuid      NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                         REFERENCES tenant (id),
    -- No foreign key to the series: these rows are derived and must never hold up removing one.
    pair_id    uuid      NOT NULL,
    -- Completed meetings per month (subscript: year * 12 + month - 1); NULL or 0 where none.
    held       integer[] NOT NULL,
    -- Of those, meetings with a check-in submitted no later than the meeting's time.
    on_time    integer[] NOT NULL,
    PRIMARY KEY (tenant_id, pair_id)
);
COMMENT ON TABLE one_on_one_adherence_figure IS
    'derived: kept by triggers on one_on_one_meeting and check_in; not exported, rebuilt on import (V203)';
ALTER TABLE one_on_one_adherence_figure ENABLE ROW LEVEL SECURITY;
ALTER TABLE one_on_one_adherence_figure FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON one_on_one_adherence_figure
    USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
    WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
-- Written only by the triggers' functions below (which run as the owner); the application reads.
GRANT SELECT ON one_on_one_adherence_figure TO ${app_role};

-- Adds (held, on time) to a series' month. Runs as the owner so that every writer of meetings and check-ins (the
-- application, the tenant porter, which may only add rows) can keep the figures; it binds the row's tenant for its
-- one statement (row-level security applies) and restores the binding, as goal_roll_up_bump() does.
CREATE FUNCTION one_on_one_adherence_add(changed_tenant uuid, pair uuid, happened timestamptz, held_change integer,
                                         on_time_change integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    slot  integer := (extract(year FROM happened AT TIME ZONE 'UTC') * 12
                      + extract(month FROM happened AT TIME ZONE 'UTC') - 1)::integer;
    bound text    := current_setting('app.tenant_id', true);
BEGIN
    IF held_change = 0 AND on_time_change = 0 THEN
        RETURN;
    END IF;
    PERFORM set_config('app.tenant_id', changed_tenant::text, true);
    -- Assigning a subscript outside an array's bounds widens it (the months between hold NULL).
    INSERT INTO one_on_one_adherence_figure AS f (tenant_id, pair_id, held, on_time)
    VALUES (changed_tenant, pair, array_fill(held_change, ARRAY[1], ARRAY[slot]),
            array_fill(on_time_change, ARRAY[1], ARRAY[slot]))
    ON CONFLICT (tenant_id, pair_id) DO UPDATE
        SET held[slot] = coalesce(f.held[slot], 0) + held_change,
            on_time[slot] = coalesce(f.on_time[slot], 0) + on_time_change;
    PERFORM set_config('app.tenant_id', coalesce(bound, ''), true);
END
$$;
REVOKE ALL ON FUNCTION one_on_one_adherence_add(uuid, uuid, timestamptz, integer, integer) FROM PUBLIC;

-- A meeting counts while it is completed, in the month of its scheduled time, with its check-in on time if one was
-- submitted no later than that time.
CREATE FUNCTION one_on_one_meeting_adherence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
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
-- Only as the trigger it is: nobody may call the owner's function directly.
REVOKE ALL ON FUNCTION one_on_one_meeting_adherence() FROM PUBLIC;
CREATE TRIGGER one_on_one_meeting_adherence_written AFTER INSERT OR DELETE ON one_on_one_meeting
    FOR EACH ROW EXECUTE FUNCTION one_on_one_meeting_adherence();
-- Notes, duration and versions change all day and do not count.
CREATE TRIGGER one_on_one_meeting_adherence_changed AFTER UPDATE OF status, scheduled_at, pair_id ON one_on_one_meeting
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.scheduled_at IS DISTINCT FROM NEW.scheduled_at
          OR OLD.pair_id IS DISTINCT FROM NEW.pair_id)
    EXECUTE FUNCTION one_on_one_meeting_adherence();

-- A check-in changes its completed meeting's on-time count when it is added, removed, or its time or meeting changes.
CREATE FUNCTION check_in_adherence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
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
CREATE TRIGGER check_in_adherence_written AFTER INSERT OR DELETE ON check_in
    FOR EACH ROW EXECUTE FUNCTION check_in_adherence();
CREATE TRIGGER check_in_adherence_changed AFTER UPDATE OF submitted_at, meeting_id ON check_in
    FOR EACH ROW
    WHEN (OLD.submitted_at IS DISTINCT FROM NEW.submitted_at OR OLD.meeting_id IS DISTINCT FROM NEW.meeting_id)
    EXECUTE FUNCTION check_in_adherence();

-- The meetings and check-ins there are, each tenant bound in turn (row-level security applies to the owner too),
-- one row per series written once (the same arrays the triggers build: NULL in months without a meeting).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM tenant LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        INSERT INTO one_on_one_adherence_figure (tenant_id, pair_id, held, on_time)
        WITH m AS (
            SELECT mt.pair_id,
                   (extract(year FROM mt.scheduled_at AT TIME ZONE 'UTC') * 12
                    + extract(month FROM mt.scheduled_at AT TIME ZONE 'UTC') - 1)::integer AS slot,
                   count(*)::integer AS held,
                   (count(*) FILTER (WHERE ci.submitted_at <= mt.scheduled_at))::integer AS on_time
            FROM one_on_one_meeting mt
            LEFT JOIN check_in ci ON ci.tenant_id = mt.tenant_id AND ci.meeting_id = mt.id
            WHERE mt.tenant_id = t.id AND mt.status = 'COMPLETED'
            GROUP BY 1, 2
        ), bounds AS (
            SELECT pair_id, min(slot) AS lo, max(slot) AS hi FROM m GROUP BY 1
        )
        SELECT t.id, b.pair_id,
               ('[' || b.lo || ':' || b.hi || ']=' || array_agg(m.held ORDER BY s.slot)::text)::integer[],
               ('[' || b.lo || ':' || b.hi || ']=' || array_agg(m.on_time ORDER BY s.slot)::text)::integer[]
        FROM bounds b
        CROSS JOIN LATERAL generate_series(b.lo, b.hi) AS s(slot)
        LEFT JOIN m ON m.pair_id = b.pair_id AND m.slot = s.slot
        GROUP BY b.pair_id, b.lo, b.hi;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
