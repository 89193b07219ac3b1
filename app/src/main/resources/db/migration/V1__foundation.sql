-- Kadens foundation schema.
--
-- Global tables (tenant registry, operator accounts, sign-in throttle) are not tenant-owned:
-- they are read before any tenant is known (sign-in) or by the operator, who belongs to no tenant.
-- Every tenant-owned table has tenant_id leading its primary key, foreign keys that include
-- tenant_id, and row-level security with FORCE and the policy of docs/decisions.

-- pgvector is not a trusted extension: the environment script creates it as a superuser,
-- so on a prepared database this is a no-op for the owner role.
CREATE EXTENSION IF NOT EXISTS vector;

GRANT USAGE ON SCHEMA public TO ${app_role};

-- ---------------------------------------------------------------- global tables
CREATE TABLE tenant (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name        text        NOT NULL CHECK (length(trim(name)) > 0),
    locale      text        NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'sv')),
    time_zone   text        NOT NULL DEFAULT 'UTC',
    status      text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${app_role};

CREATE TABLE operator_account (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON operator_account TO ${app_role};

-- Failed sign-ins per organisation + email, shared by every application node.
CREATE TABLE sign_in_throttle (
    principal_key     text        PRIMARY KEY,
    failures          integer     NOT NULL,
    window_started_at timestamptz NOT NULL,
    blocked_until     timestamptz
);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO ${app_role};

-- ---------------------------------------------------------------- tenant-owned tables
CREATE TABLE department (
    tenant_id  uuid   NOT NULL REFERENCES tenant (id),
    id         uuid   NOT NULL,
    name       text   NOT NULL CHECK (length(trim(name)) > 0),
    parent_id  uuid,
    version    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES department (tenant_id, id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE employee (
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    id               uuid        NOT NULL,
    email            text        NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    given_name       text        NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name      text        NOT NULL CHECK (length(trim(family_name)) > 0),
    job_title        text,
    department_id    uuid,
    manager_id       uuid,
    location         text,
    phone            text,
    start_date       date,
    status           text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE')),
    preferred_locale text        CHECK (preferred_locale IN ('en', 'sv')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id),
    FOREIGN KEY (tenant_id, manager_id) REFERENCES employee (tenant_id, id),
    CHECK (manager_id IS NULL OR manager_id <> id)
);
CREATE INDEX employee_manager_idx ON employee (tenant_id, manager_id);
CREATE INDEX employee_department_idx ON employee (tenant_id, department_id);
CREATE INDEX employee_name_idx ON employee (tenant_id, lower(family_name), lower(given_name));

-- Credentials of the people who can sign in; a person without a row here cannot.
CREATE TABLE user_account (
    tenant_id       uuid        NOT NULL,
    employee_id     uuid        NOT NULL,
    password_hash   text,
    enabled         boolean     NOT NULL DEFAULT true,
    last_sign_in_at timestamptz,
    PRIMARY KEY (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

-- Stored roles. EMPLOYEE is everyone's; MANAGER is derived from having reports.
CREATE TABLE user_role (
    tenant_id   uuid NOT NULL,
    employee_id uuid NOT NULL,
    role        text NOT NULL CHECK (role IN ('HR_ADMIN')),
    PRIMARY KEY (tenant_id, employee_id, role),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['department', 'employee', 'user_account', 'user_role'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;

-- The operator sees tenants, never their people: this function returns one count per tenant
-- and nothing else. It binds each tenant in turn, so row-level security still decides.
CREATE FUNCTION tenant_active_people_count(p_tenant uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
    previous text := current_setting('app.tenant_id', true);
    result   bigint;
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    SELECT count(*) INTO result FROM employee WHERE status = 'ACTIVE';
    PERFORM set_config('app.tenant_id', coalesce(previous, ''), true);
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION tenant_active_people_count(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_active_people_count(uuid) TO ${app_role};
