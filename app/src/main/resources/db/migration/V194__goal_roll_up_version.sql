-- A per-tenant version of everything the goal roll-up reads (docs/decisions/2026-12-06-goal-roll-up-cache.md).
--
-- Each app instance caches a tenant's goals, contributors, key results, milestones and rolled-up progress
-- under the version it read first; a request reads this one row (primary key) and reuses the cache while
-- the version is unchanged. The database keeps the version, so every writer moves it: each app instance,
-- a migration, a generator, a hand-written UPDATE.
--
-- How a write moves it: a row trigger on every table the roll-up reads (and on the names it shows) calls
-- goal_roll_up_touch() in its WHEN condition, which notes the tenant in a transaction-local setting and is
-- true only the first time per transaction and tenant. Only then is a DEFERRED constraint trigger queued,
-- which bumps the version at commit. Bumping at commit (not at the write) keeps the version row locked
-- for the commit only, so goal writes of one tenant do not queue behind each other for their whole
-- transaction, and cannot deadlock on it (the version is the last lock a transaction takes). The
-- transaction-local note also tells a reader in the writing transaction itself that the cache is not
-- what it sees (its own uncommitted writes), so that it reads the tables.

CREATE TABLE goal_roll_up_version (
    tenant_id uuid   NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid REFERENCES tenant (id),
    version   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);
ALTER TABLE goal_roll_up_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_roll_up_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON goal_roll_up_version
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON goal_roll_up_version TO ${app_role};

-- Versions come from one sequence, so a value is never given twice, not even to a tenant whose row was removed
-- and written anew (an import): a cache entry matches the current version only if nothing changed since.
CREATE SEQUENCE goal_roll_up_version_seq;
GRANT USAGE ON SEQUENCE goal_roll_up_version_seq TO ${app_role};

-- True the first time in this transaction that a row of this tenant's goal facts changes, false after.
CREATE FUNCTION goal_roll_up_touch(changed_tenant uuid) RETURNS boolean
    LANGUAGE plpgsql AS
$$
DECLARE
    touched text := coalesce(current_setting('kadens.goal_roll_up_touched', true), '');
BEGIN
    IF changed_tenant IS NULL OR position(changed_tenant::text IN touched) > 0 THEN
        RETURN false;
    END IF;
    PERFORM set_config('kadens.goal_roll_up_touched', touched || changed_tenant::text || ',', true);
    RETURN true;
END
$$;

-- At commit: the changed row's tenant gets a new version. The row's tenant passed row-level security
-- when it was written; the transaction may have bound another tenant since (a job or migration that binds
-- tenants in turn), so the bump binds the row's tenant for its one statement and restores the binding.
CREATE FUNCTION goal_roll_up_bump() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changed_tenant uuid;
    bound          text := current_setting('app.tenant_id', true);
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_tenant := OLD.tenant_id;
    ELSE
        changed_tenant := NEW.tenant_id;
    END IF;
    PERFORM set_config('app.tenant_id', changed_tenant::text, true);
    INSERT INTO goal_roll_up_version AS v (tenant_id, version)
    VALUES (changed_tenant, nextval('goal_roll_up_version_seq'))
    ON CONFLICT (tenant_id) DO UPDATE SET version = nextval('goal_roll_up_version_seq');
    PERFORM set_config('app.tenant_id', coalesce(bound, ''), true);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    goal_table text;
BEGIN
    -- Every column of these tables can change what a goal list or the roll-up shows.
    FOREACH goal_table IN ARRAY ARRAY['goal', 'goal_contributor', 'key_result', 'milestone', 'goal_cycle'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %1$s_roll_up_written AFTER INSERT OR UPDATE ON %1$s'
                           || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
                           || ' WHEN (goal_roll_up_touch(NEW.tenant_id)) EXECUTE FUNCTION goal_roll_up_bump()',
                       goal_table);
        EXECUTE format('CREATE CONSTRAINT TRIGGER %1$s_roll_up_deleted AFTER DELETE ON %1$s'
                           || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
                           || ' WHEN (goal_roll_up_touch(OLD.tenant_id)) EXECUTE FUNCTION goal_roll_up_bump()',
                       goal_table);
    END LOOP;
END
$$;

-- Goal rows carry the names of their owner (and of whoever overrode the health), department and team.
-- People, departments and teams that are added are not on any goal yet, and one on a goal cannot be
-- removed (the goal's foreign keys), so only a rename moves the version; a manager change does not,
-- because who may see a goal is decided per request from the viewer's own facts, never cached.
-- CASE, not AND: the rename is tested first for certain, so that an unchanged name never marks the tenant
-- as touched (which would keep a later rename in the same transaction from queuing its bump).
CREATE CONSTRAINT TRIGGER employee_goal_roll_up_renamed AFTER UPDATE OF given_name, family_name ON employee
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (CASE WHEN OLD.given_name IS DISTINCT FROM NEW.given_name OR OLD.family_name IS DISTINCT FROM NEW.family_name
               THEN goal_roll_up_touch(NEW.tenant_id) ELSE false END)
    EXECUTE FUNCTION goal_roll_up_bump();
CREATE CONSTRAINT TRIGGER department_goal_roll_up_renamed AFTER UPDATE OF name ON department
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (CASE WHEN OLD.name IS DISTINCT FROM NEW.name THEN goal_roll_up_touch(NEW.tenant_id) ELSE false END)
    EXECUTE FUNCTION goal_roll_up_bump();
CREATE CONSTRAINT TRIGGER team_goal_roll_up_renamed AFTER UPDATE OF name ON team
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (CASE WHEN OLD.name IS DISTINCT FROM NEW.name THEN goal_roll_up_touch(NEW.tenant_id) ELSE false END)
    EXECUTE FUNCTION goal_roll_up_bump();
