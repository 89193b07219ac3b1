-- The identity provider's own id for a person (SCIM externalId), one per person and per tenant.
CREATE TABLE scim_identity (
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    employee_id uuid NOT NULL,
    external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
    PRIMARY KEY (tenant_id, employee_id),
    UNIQUE (tenant_id, external_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employee (tenant_id, id)
);
ALTER TABLE scim_identity ENABLE ROW LEVEL SECURITY;
ALTER TABLE scim_identity FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scim_identity
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON scim_identity TO ${app_role};
