-- People model: job families with an ordered ladder of levels, teams inside departments,
-- photos, employment type, reporting lines and organisation trees without cycles, and a
-- trigram index for the directory search.

-- pg_trgm is a trusted extension: the database owner may create it. It lives in its own schema
-- so that its functions stay out of the application's schema (and out of the generated jOOQ code).
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions;
GRANT USAGE ON SCHEMA extensions TO ${app_role};

-- ---------------------------------------------------------------- job families and levels
CREATE TABLE job_family (
    tenant_id  uuid   NOT NULL REFERENCES tenant (id),
    id         uuid   NOT NULL,
    name       text   NOT NULL CHECK (length(trim(name)) > 0),
    version    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

-- One rung of a family's ladder; rank 1 is the first step, higher ranks are more senior.
CREATE TABLE job_level (
    tenant_id     uuid    NOT NULL,
    id            uuid    NOT NULL,
    job_family_id uuid    NOT NULL,
    rank          integer NOT NULL CHECK (rank BETWEEN 1 AND 50),
    name          text    NOT NULL CHECK (length(trim(name)) > 0),
    version       bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, job_family_id) REFERENCES job_family (tenant_id, id) ON DELETE CASCADE,
    -- Ranks are unique per family; deferrable so that a reorder can swap two ranks in one transaction.
    CONSTRAINT job_level_rank_unique UNIQUE (tenant_id, job_family_id, rank) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (tenant_id, job_family_id, name),
    -- Target of the employee's (family, level) key: a person's level always belongs to their family.
    UNIQUE (tenant_id, job_family_id, id)
);

-- ---------------------------------------------------------------- teams
CREATE TABLE team (
    tenant_id      uuid   NOT NULL REFERENCES tenant (id),
    id             uuid   NOT NULL,
    name           text   NOT NULL CHECK (length(trim(name)) > 0),
    department_id  uuid   NOT NULL,
    parent_team_id uuid,
    lead_id        uuid,
    version        bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_team_id) REFERENCES team (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES employee (tenant_id, id),
    UNIQUE (tenant_id, department_id, name),
    CHECK (parent_team_id IS NULL OR parent_team_id <> id)
);
CREATE INDEX team_department_idx ON team (tenant_id, department_id);
CREATE INDEX team_parent_idx ON team (tenant_id, parent_team_id);

CREATE INDEX department_parent_idx ON department (tenant_id, parent_id);

-- ---------------------------------------------------------------- employee: new fields
ALTER TABLE employee
    ADD COLUMN job_family_id   uuid,
    ADD COLUMN job_level_id    uuid,
    ADD COLUMN team_id         uuid,
    ADD COLUMN employment_type text CHECK (employment_type IN ('PERMANENT', 'FIXED_TERM', 'CONTRACTOR', 'INTERN')),
    ADD FOREIGN KEY (tenant_id, job_family_id) REFERENCES job_family (tenant_id, id),
    ADD FOREIGN KEY (tenant_id, job_family_id, job_level_id) REFERENCES job_level (tenant_id, job_family_id, id),
    ADD FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id),
    ADD CHECK (job_level_id IS NULL OR job_family_id IS NOT NULL),
    -- What the directory search matches, kept by PostgreSQL itself; lower case for a case-blind LIKE.
    ADD COLUMN search_text text GENERATED ALWAYS AS (
        lower(given_name || ' ' || family_name || ' ' || email || ' ' || coalesce(job_title, '') || ' '
              || coalesce(location, ''))) STORED;

CREATE INDEX employee_team_idx ON employee (tenant_id, team_id);
CREATE INDEX employee_job_level_idx ON employee (tenant_id, job_family_id, job_level_id);
CREATE INDEX employee_search_trgm_idx ON employee USING gin (search_text extensions.gin_trgm_ops);

-- Photos apart from the employee row, so that directory queries never drag image bytes along.
CREATE TABLE employee_photo (
    tenant_id    uuid        NOT NULL,
    employee_id  uuid        NOT NULL,
    content_type text        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    data         bytea       NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 524288),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['job_family', 'job_level', 'team', 'employee_photo'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------- no cycles, enforced by the database
-- The services check first and explain the problem at the field; these triggers are the last line,
-- so that no code path (imports, SCIM, a future feature) can store a cycle. A transaction-scoped
-- advisory lock per tenant serialises concurrent changes of one tree: two transactions that each
-- pass the check alone (A under B, and B under A) cannot both commit. Each statement in a PL/pgSQL
-- function takes a fresh snapshot under READ COMMITTED, so the walk after the lock sees the
-- committed work of the transaction that held it before.
CREATE FUNCTION employee_prevent_reporting_cycle() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.manager_id IS NULL THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('kadens.reporting_line'), hashtext(NEW.tenant_id::text));
    IF EXISTS (
        WITH RECURSIVE above(id, depth) AS (
            SELECT NEW.manager_id, 1
            UNION ALL
            SELECT e.manager_id, above.depth + 1
            FROM employee e JOIN above ON e.tenant_id = NEW.tenant_id AND e.id = above.id
            WHERE e.manager_id IS NOT NULL AND above.depth < 10000
        )
        SELECT 1 FROM above WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'reporting line cycle: % cannot report to %', NEW.id, NEW.manager_id
            USING ERRCODE = 'KD001', CONSTRAINT = 'employee_reporting_cycle';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER employee_reporting_cycle
    BEFORE INSERT OR UPDATE OF manager_id ON employee
    FOR EACH ROW EXECUTE FUNCTION employee_prevent_reporting_cycle();

CREATE FUNCTION department_prevent_cycle() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.parent_id IS NULL THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('kadens.department_tree'), hashtext(NEW.tenant_id::text));
    IF NEW.parent_id = NEW.id OR EXISTS (
        WITH RECURSIVE above(id, depth) AS (
            SELECT NEW.parent_id, 1
            UNION ALL
            SELECT d.parent_id, above.depth + 1
            FROM department d JOIN above ON d.tenant_id = NEW.tenant_id AND d.id = above.id
            WHERE d.parent_id IS NOT NULL AND above.depth < 1000
        )
        SELECT 1 FROM above WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'department tree cycle: % cannot sit under %', NEW.id, NEW.parent_id
            USING ERRCODE = 'KD002', CONSTRAINT = 'department_tree_cycle';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER department_tree_cycle
    BEFORE INSERT OR UPDATE OF parent_id ON department
    FOR EACH ROW EXECUTE FUNCTION department_prevent_cycle();

CREATE FUNCTION team_prevent_cycle() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.parent_team_id IS NULL THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('kadens.team_tree'), hashtext(NEW.tenant_id::text));
    IF EXISTS (
        WITH RECURSIVE above(id, depth) AS (
            SELECT NEW.parent_team_id, 1
            UNION ALL
            SELECT t.parent_team_id, above.depth + 1
            FROM team t JOIN above ON t.tenant_id = NEW.tenant_id AND t.id = above.id
            WHERE t.parent_team_id IS NOT NULL AND above.depth < 1000
        )
        SELECT 1 FROM above WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'team tree cycle: % cannot sit under %', NEW.id, NEW.parent_team_id
            USING ERRCODE = 'KD003', CONSTRAINT = 'team_tree_cycle';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER team_tree_cycle
    BEFORE INSERT OR UPDATE OF parent_team_id ON team
    FOR EACH ROW EXECUTE FUNCTION team_prevent_cycle();
