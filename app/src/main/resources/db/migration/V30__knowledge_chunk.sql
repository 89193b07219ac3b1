-- The tenant's knowledge index: chunks of company content, training items and other sources,
-- embedded in process (all-MiniLM-L6-v2, 384 dimensions) and searched by meaning and by words.
-- Tenant-owned like every tenant table, so a similarity search cannot return another tenant's
-- chunks even when the code forgets a filter. Chunks are replaced per source, never edited:
-- the application role gets no UPDATE.
CREATE TABLE knowledge_chunk (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    id          uuid        NOT NULL,
    source_type text        NOT NULL CHECK (source_type ~ '^[a-z][a-z0-9_]{0,39}$'),
    source_id   text        NOT NULL CHECK (length(source_id) BETWEEN 1 AND 200),
    ordinal     integer     NOT NULL CHECK (ordinal >= 0),
    text        text        NOT NULL CHECK (length(trim(text)) > 0),
    metadata    jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    language    text        NOT NULL CHECK (language IN ('en', 'sv')),
    text_search tsvector    GENERATED ALWAYS AS (to_tsvector(
                    CASE WHEN language = 'sv' THEN 'swedish'::regconfig ELSE 'english'::regconfig END,
                    text)) STORED,
    embedding   vector(384) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, source_type, source_id, ordinal)
);

-- Nearest neighbours by cosine distance; searches use pgvector 0.8 iterative scans so that a
-- tenant owning a small share of the table still gets its k results past the row-level filter.
CREATE INDEX knowledge_chunk_embedding_idx ON knowledge_chunk USING hnsw (embedding vector_cosine_ops);
CREATE INDEX knowledge_chunk_text_idx ON knowledge_chunk USING gin (text_search);

ALTER TABLE knowledge_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE knowledge_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON knowledge_chunk
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, DELETE ON knowledge_chunk TO ${app_role};
