-- When a person last opened their home page, so "praise since your last visit" knows what is new.
-- A visit starts when the page is opened after an hour away; news shown during a visit stays until
-- the next one. Owned by io.kadens.nextsteps; erased with the person.
CREATE TABLE home_visit (
    tenant_id    uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                             REFERENCES tenant (id),
    employee_id  uuid        NOT NULL,
    seen_at      timestamptz NOT NULL,
    news_since   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);

ALTER TABLE home_visit ENABLE ROW LEVEL SECURITY;
ALTER TABLE home_visit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON home_visit
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON home_visit TO ${app_role};
