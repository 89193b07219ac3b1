-- Full-text search of the knowledge index through its GIN index, for the bound tenant only.
--
-- Why a function: under row-level security PostgreSQL evaluates the tenant policy before any condition
-- that is not LEAKPROOF, and the full-text match operator (@@) is not. So for the application role the
-- planner may not use the GIN index on text_search at all: it reads every row of the tenant through the
-- primary key and tests each one (1.2 s at 111k chunks). This function runs as the table's owner, for whom
-- a SELECT-only policy opens the table (the owner owns it and could switch row-level security off
-- anyway), so the planner may use the GIN index; the function itself filters by the tenant bound to the
-- transaction, which it reads from app.tenant_id (never from an argument), and it returns only chunk ids
-- and ranks. The caller then reads the chunks themselves under row-level security as before.
-- docs/decisions/2026-12-06-full-text-search-under-row-level-security.md

CREATE POLICY knowledge_text_search_owner_read ON knowledge_chunk FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION knowledge_text_search(english tsquery, swedish tsquery, source_types text[], only_language text,
                                      competency text, max_hits integer)
    RETURNS TABLE (id uuid, rank real)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT c.id, ts_rank_cd(c.text_search, CASE WHEN c.language = 'sv' THEN swedish ELSE english END) AS rank
      FROM public.knowledge_chunk c
     WHERE c.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
       AND ((c.language = 'en' AND c.text_search @@ english) OR (c.language = 'sv' AND c.text_search @@ swedish))
       AND (coalesce(cardinality(source_types), 0) = 0 OR c.source_type = ANY (source_types))
       AND (only_language IS NULL OR c.language = only_language)
       AND (competency IS NULL OR c.metadata -> 'competencies' @> to_jsonb(ARRAY[competency]))
     ORDER BY rank DESC, c.id
     LIMIT greatest(0, least(coalesce(max_hits, 0), 200))
$$;

REVOKE ALL ON FUNCTION knowledge_text_search(tsquery, tsquery, text[], text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION knowledge_text_search(tsquery, tsquery, text[], text, text, integer) TO ${app_role};
