-- The knowledge index's embeddings in half precision (pgvector halfvec, 2 bytes a dimension instead of 4).
--
-- Why (docs/decisions/2026-12-07-halfvec-search.md): with 4-byte floats a chunk row (text, tsvector and a
-- 1,540-byte vector) is above PostgreSQL's 2 kB threshold, so the vector went to the TOAST table and every distance
-- computed from the table read a TOAST page; and the shared HNSW index of 200k chunks was 391 MB, three times the
-- server's buffer cache, so a graph walk copied most of its pages in. A 776-byte halfvec keeps a typical row in its
-- page and halves the index. all-MiniLM-L6-v2's embeddings are normalised, with components far inside float16's
-- range; rounding them to 11 significant bits moves a cosine distance by about 1e-3 (tested).
--
-- The HNSW index cannot be converted in place (its operator class is per type): it is dropped, the column rewritten,
-- and the index built again with halfvec_cosine_ops. This rewrites the table under an ACCESS EXCLUSIVE lock; on a
-- large installation the build takes minutes (operations note in the decision record).
DROP INDEX knowledge_chunk_embedding_idx;

ALTER TABLE knowledge_chunk ALTER COLUMN embedding TYPE halfvec(384) USING embedding::halfvec(384);

-- The graph built in memory where it fits (about 1.2 kB a chunk), for this transaction only.
SET LOCAL maintenance_work_mem = '512MB';
CREATE INDEX knowledge_chunk_embedding_idx ON knowledge_chunk USING hnsw (embedding halfvec_cosine_ops);
