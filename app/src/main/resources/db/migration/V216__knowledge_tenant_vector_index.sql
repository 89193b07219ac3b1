-- A large tenant's own HNSW index over its chunks (a partial index, WHERE tenant_id = that tenant).
--
-- Why: in the shared HNSW index a large tenant's search walks a graph of every tenant's vectors: the graph steps
-- land on other tenants' chunks, which row-level security then throws away (the iterative scan goes on past them),
-- and the index of all tenants is larger than the database server's buffer cache, so most steps read pages
-- through the operating system. A tenant's own index holds only its vectors: every candidate is the tenant's, the
-- index is a fraction of the size, and a search for k neighbours visits what HNSW normally visits.
-- docs/decisions/2026-12-06-vector-and-hybrid-search-at-scale.md
--
-- Creating an index needs the table's owner, so this is a SECURITY DEFINER function, reviewed like
-- knowledge_text_search (V142): the tenant comes from app.tenant_id inside the function, never from an argument;
-- it takes no argument at all; it reads nothing it returns (only whether the tenant has its index); the index
-- name and predicate are made from the bound tenant's uuid with format(%I / %L); fixed search_path; executable by
-- the application role only. Searches keep running under row-level security: the index only makes them faster.
-- The tenant needs at least 20,000 chunks (below that, searches are exact: JdbcKnowledgeIndex.EXACT_SEARCH_MAX_CHUNKS).
-- CREATE INDEX holds a SHARE lock on knowledge_chunk while it builds (writes of every tenant wait; about a minute
-- per 100,000 chunks on two cores), so the application calls it after indexing, not in a user's request.

CREATE FUNCTION knowledge_tenant_vector_index() RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET maintenance_work_mem = '512MB'
AS $$
DECLARE
    tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
    index_name text;
BEGIN
    IF tenant IS NULL THEN
        RETURN false;
    END IF;
    index_name := 'knowledge_chunk_embedding_' || replace(tenant::text, '-', '');
    IF to_regclass('public.' || quote_ident(index_name)) IS NOT NULL THEN
        RETURN true;
    END IF;
    IF (SELECT count(*) FROM (SELECT 1 FROM public.knowledge_chunk c WHERE c.tenant_id = tenant LIMIT 20000) x) < 20000 THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE INDEX %I ON public.knowledge_chunk USING hnsw (embedding vector_cosine_ops)'
                   ' WHERE tenant_id = %L::uuid', index_name, tenant);
    RETURN true;
END
$$;

REVOKE ALL ON FUNCTION knowledge_tenant_vector_index() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION knowledge_tenant_vector_index() TO ${app_role};
