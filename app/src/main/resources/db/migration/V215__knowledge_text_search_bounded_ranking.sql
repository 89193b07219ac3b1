-- Full-text search of the knowledge index (V142) that can rank a bounded candidate set.
--
-- Why: a Swedish question whose pairs of words (V206) find too few chunks falls back to "any of its words", which
-- matches thousands of chunks in a large tenant; ranking every match (ts_rank_cd reads each chunk's tsvector) cost
-- p50 442 ms, p95 1.6 s at 100k chunks. With max_ranked set, the function ranks only the first max_ranked chunks
-- matching the query together with the first max_ranked matching the preferred query (the pairs: the chunks that
-- hold two of the question's words), so the best candidates are always ranked and the cost is bounded. A tenant
-- with fewer matches than the bound gets exactly the ranking of before. Without max_ranked (NULL, the default)
-- every match is ranked, as in V142.
-- docs/decisions/2026-12-06-vector-and-hybrid-search-at-scale.md
--
-- Still the one function that reads the knowledge index with more rights than the application role, reviewed as
-- V142's: the tenant comes from app.tenant_id inside the function (the policy's expression), never from an
-- argument; the arguments only narrow; it returns chunk ids and ranks only; STABLE with a fixed search_path;
-- executable by the application role only. Only bitmap scans are allowed inside (the GIN index), since the
-- function's plan is made without the query's values and a LIMIT could otherwise tempt the planner into reading
-- the tenant's rows one by one.

DROP FUNCTION knowledge_text_search(tsquery, tsquery, text[], text, text, integer);

CREATE FUNCTION knowledge_text_search(english tsquery, swedish tsquery, source_types text[], only_language text,
                                      competency text, max_hits integer, max_ranked integer DEFAULT NULL,
                                      preferred_english tsquery DEFAULT NULL, preferred_swedish tsquery DEFAULT NULL)
    RETURNS TABLE (id uuid, rank real)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET enable_seqscan = off
    SET enable_indexscan = off
AS $$
    SELECT m.id, m.rank
      FROM ((SELECT c.id, ts_rank_cd(c.text_search, CASE WHEN c.language = 'sv' THEN swedish ELSE english END) AS rank
               FROM public.knowledge_chunk c
              WHERE c.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                AND ((c.language = 'en' AND c.text_search @@ english) OR (c.language = 'sv' AND c.text_search @@ swedish))
                AND (coalesce(cardinality(source_types), 0) = 0 OR c.source_type = ANY (source_types))
                AND (only_language IS NULL OR c.language = only_language)
                AND (competency IS NULL OR c.metadata -> 'competencies' @> to_jsonb(ARRAY[competency]))
              LIMIT CASE WHEN max_ranked IS NULL THEN NULL ELSE greatest(1, least(max_ranked, 5000)) END)
            UNION
            (SELECT c.id, ts_rank_cd(c.text_search, CASE WHEN c.language = 'sv' THEN swedish ELSE english END) AS rank
               FROM public.knowledge_chunk c
              WHERE max_ranked IS NOT NULL
                AND c.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                AND ((c.language = 'en' AND c.text_search @@ preferred_english)
                     OR (c.language = 'sv' AND c.text_search @@ preferred_swedish))
                AND (coalesce(cardinality(source_types), 0) = 0 OR c.source_type = ANY (source_types))
                AND (only_language IS NULL OR c.language = only_language)
                AND (competency IS NULL OR c.metadata -> 'competencies' @> to_jsonb(ARRAY[competency]))
              LIMIT CASE WHEN max_ranked IS NULL THEN NULL ELSE greatest(1, least(max_ranked, 5000)) END)) m
     ORDER BY m.rank DESC, m.id
     LIMIT greatest(0, least(coalesce(max_hits, 0), 200))
$$;

REVOKE ALL ON FUNCTION knowledge_text_search(tsquery, tsquery, text[], text, text, integer, integer, tsquery, tsquery)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION knowledge_text_search(tsquery, tsquery, text[], text, text, integer, integer, tsquery, tsquery)
    TO ${app_role};
