-- Review templates (issue 15, part 1). A template is a name plus a chain of immutable versions; each save
-- appends a version and a cycle stores the (template, version) it launched with, so editing a template
-- never changes a running cycle. A version's sections and questions are one JSON document validated by
-- io.kadens.reviews.ReviewTemplates: answers refer to question ids inside it and copy the wording they
-- answered. See docs/decisions/2026-12-05-reviews-templates.md.

CREATE TABLE review_template (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    id               uuid        NOT NULL,
    -- The newest version; cycles launched earlier keep theirs.
    current_version  integer     NOT NULL CHECK (current_version >= 1),
    archived         boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    -- Optimistic locking of edits: two HR admins saving from the same version, the second is told.
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE review_template_version (
    tenant_id        uuid        NOT NULL DEFAULT NULLIF(current_setting('app.tenant_id', true), '')::uuid
                                 REFERENCES tenant (id),
    template_id      uuid        NOT NULL,
    number           integer     NOT NULL CHECK (number >= 1),
    name_en          text        NOT NULL CHECK (length(trim(name_en)) > 0 AND length(name_en) <= 120),
    name_sv          text        NOT NULL CHECK (length(trim(name_sv)) > 0 AND length(name_sv) <= 120),
    sections         jsonb       NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
    created_by       uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, template_id, number),
    FOREIGN KEY (tenant_id, template_id) REFERENCES review_template (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES employee (tenant_id, id)
);

ALTER TABLE review_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_template FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON review_template
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON review_template TO ${app_role};

-- Versions are written once and never changed or deleted: the application role may only add them.
ALTER TABLE review_template_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_template_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON review_template_version
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT ON review_template_version TO ${app_role};
