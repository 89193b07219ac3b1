-- Company content: documents HR admins upload (values, competency frameworks, career ladders,
-- policies, company objectives), and the indexing jobs that parse, embed and index them.
--
-- A document row exists only once it is indexed: the job's last transaction writes the document,
-- its chunks (in knowledge_chunk) and the job's DONE status together. Until then, and after a
-- failure, only the job row is there, with its progress or its reason.

CREATE TABLE content_document (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    id           uuid        NOT NULL,
    title        text        NOT NULL CHECK (length(trim(title)) > 0),
    kind         text        NOT NULL CHECK (kind IN ('VALUES', 'COMPETENCY_FRAMEWORK', 'CAREER_LADDER', 'POLICY',
                                                      'COMPANY_OBJECTIVES')),
    language     text        NOT NULL CHECK (language IN ('en', 'sv')),
    file_name    text        NOT NULL,
    media_type   text        NOT NULL,
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    sha256       text        NOT NULL,
    -- The original file, kept so the document can be downloaded and re-indexed (e.g. with a new model).
    content      bytea       NOT NULL,
    chunk_count  integer     NOT NULL CHECK (chunk_count > 0),
    uploaded_by  uuid        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, uploaded_by) REFERENCES employee (tenant_id, id)
);
CREATE INDEX content_document_file_idx ON content_document (tenant_id, lower(file_name));

CREATE TABLE content_indexing_job (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    -- The document this job creates or replaces (no foreign key: a new document exists only when done).
    document_id   uuid        NOT NULL,
    title         text        NOT NULL CHECK (length(trim(title)) > 0),
    kind          text        NOT NULL CHECK (kind IN ('VALUES', 'COMPETENCY_FRAMEWORK', 'CAREER_LADDER', 'POLICY',
                                                       'COMPANY_OBJECTIVES')),
    language      text        NOT NULL CHECK (language IN ('en', 'sv')),
    file_name     text        NOT NULL,
    media_type    text        NOT NULL,
    size_bytes    integer     NOT NULL,
    sha256        text        NOT NULL,
    -- Held only while the job is waiting or running; cleared when it ends.
    content       bytea,
    status        text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    chunks_total  integer     NOT NULL DEFAULT 0,
    chunks_done   integer     NOT NULL DEFAULT 0 CHECK (chunks_done <= chunks_total),
    failure       text,
    requested_by  uuid        NOT NULL,
    requested_at  timestamptz NOT NULL,
    heartbeat_at  timestamptz NOT NULL,
    finished_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES employee (tenant_id, id),
    CHECK ((status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL))
);
CREATE INDEX content_indexing_job_document_idx ON content_indexing_job (tenant_id, document_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['content_document', 'content_indexing_job'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
