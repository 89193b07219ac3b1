-- The question's words two at a time, as one tsquery: "a b c" becomes (a & b) | (a & c) | (b & c).
--
-- Why: a Swedish question searched for any of its words matches thousands of chunks in a large tenant, and
-- knowledge_text_search ranks every match (ts_rank_cd) before its limit: 360 ms p50 at 100k chunks. Chunks
-- holding at least two of the question's words are few, the GIN index finds them from the same posting lists
-- without reading the rows, and they are the ones any-word ranking put first anyway. JdbcKnowledgeIndex falls
-- back to any word when the pairs find fewer chunks than the search returns.
-- docs/decisions/2026-12-06-full-text-search-under-row-level-security.md (addendum of the evening)
--
-- Each word is parsed on its own in the given configuration; for kadens_swedish through kadens_swedish_websearch,
-- so a compound stays "word or head or tail". Words the built-in configuration of the language treats as stop
-- words are left out: the hunspell dictionary checks its stop words after normalising, so "hur" and "en" come
-- out of kadens_swedish as 'hu' and 'e' and would pair up with everything. Returns NULL when fewer than two
-- words remain. Reads no table; plain SQL, not a definer.

CREATE FUNCTION kadens_word_pairs(config regconfig, question text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    WITH words AS (
        SELECT min(x.n) AS n, x.q
          FROM (SELECT t.n,
                       CASE WHEN config = 'public.kadens_swedish'::regconfig
                            THEN websearch_to_tsquery(config, public.kadens_swedish_websearch(t.w))
                            ELSE websearch_to_tsquery(config, t.w) END AS q,
                       numnode(websearch_to_tsquery(CASE WHEN config = 'public.kadens_swedish'::regconfig
                                                         THEN 'pg_catalog.swedish'::regconfig ELSE config END,
                                                    t.w)) > 0 AS content
                  FROM regexp_split_to_table(regexp_replace(coalesce(question, ''), '["()!&|:<>*\\-]+', ' ', 'g'),
                                             '\s+') WITH ORDINALITY AS t(w, n)
                 WHERE t.w <> '' AND lower(t.w) <> 'or') x
         WHERE x.content AND numnode(x.q) > 0
         GROUP BY x.q)
    SELECT string_agg('(' || a.q::text || ') & (' || b.q::text || ')', ' | ' ORDER BY a.n, b.n)::tsquery
      FROM words a JOIN words b ON a.n < b.n
$$;

GRANT EXECUTE ON FUNCTION kadens_word_pairs(regconfig, text) TO ${app_role};
