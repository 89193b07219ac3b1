-- Swedish full-text search with a hunspell dictionary, so that compounds split ("kundnöjdhet" is indexed as
-- kundnöjdhet, kund and nöjdhet) and inflected forms meet their base form; snowball stemming after it for
-- words the dictionary does not know. docs/decisions/2026-12-06-swedish-full-text-search.md
--
-- The dictionary files (sv_se.affix and sv_se.dict in PostgreSQL's tsearch_data directory) come from
-- Debian's hunspell-sv package (.ci/env.sh installs it; PostgreSQL's Debian packaging converts it). They are
-- not part of every PostgreSQL installation, so this migration works without them: kadens_swedish is always
-- created, as a copy of the built-in snowball configuration `swedish`, and gets the hunspell dictionary only
-- when the files load. Without them it logs a warning and Swedish search is exactly what it was before.

CREATE TEXT SEARCH CONFIGURATION kadens_swedish (COPY = pg_catalog.swedish);

DO $$
BEGIN
    CREATE TEXT SEARCH DICTIONARY kadens_swedish_hunspell (
        TEMPLATE = ispell, DictFile = sv_se, AffFile = sv_se, StopWords = swedish);
    ALTER TEXT SEARCH CONFIGURATION kadens_swedish
        ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart
        WITH kadens_swedish_hunspell, swedish_stem;
EXCEPTION WHEN others THEN
    RAISE WARNING 'Swedish hunspell dictionary not loaded (%): Swedish full-text search falls back to snowball'
        ' stemming (configuration swedish). Install hunspell-sv on the database server and migrate again'
        ' after dropping kadens_swedish, or keep the fallback.', SQLERRM;
END
$$;

-- The words of a Swedish query that the dictionary does not know but can split: "kundnöjdhetsmätning" becomes
-- "kundnöjdhetsmätning or kundnöjdhet or mätning" in websearch syntax, so the query also finds the parts
-- (PostgreSQL's ispell reader does not read hunspell's COMPOUNDRULE, so it cannot split such words itself; the
-- linking s of Swedish compounds is handled here). Without the dictionary the query is returned as it is.
CREATE FUNCTION kadens_swedish_websearch(words text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    dictionary regdictionary;
    token record;
    result text := '';
    head text;
    tail text;
    parts text;
    i integer;
BEGIN
    SELECT d.oid::regdictionary INTO dictionary FROM pg_ts_dict d
      JOIN pg_namespace n ON n.oid = d.dictnamespace
     WHERE d.dictname = 'kadens_swedish_hunspell' AND n.nspname = 'public';
    IF dictionary IS NULL OR words IS NULL THEN
        RETURN words;
    END IF;
    FOR token IN SELECT t.tokid, t.token FROM ts_parse('default', words) t LOOP
        parts := NULL;
        -- Only plain words of some length (1 = asciiword, 2 = word) that the dictionary does not know.
        IF token.tokid IN (1, 2) AND char_length(token.token) >= 8
                AND ts_lexize(dictionary, lower(token.token)) IS NULL THEN
            -- The longest known head (with or without a linking s) before a known tail of 3+ letters.
            FOR i IN REVERSE char_length(token.token) - 3 .. 3 LOOP
                head := lower(left(token.token, i));
                tail := lower(substr(token.token, i + 1));
                IF ts_lexize(dictionary, tail) IS NOT NULL THEN
                    IF ts_lexize(dictionary, head) IS NOT NULL THEN
                        parts := head || ' or ' || tail;
                    ELSIF right(head, 1) = 's' AND char_length(head) > 3
                            AND ts_lexize(dictionary, left(head, -1)) IS NOT NULL THEN
                        parts := left(head, -1) || ' or ' || tail;
                    END IF;
                END IF;
                EXIT WHEN parts IS NOT NULL;
            END LOOP;
        END IF;
        result := result || CASE WHEN parts IS NULL THEN token.token ELSE token.token || ' or ' || parts END;
    END LOOP;
    RETURN result;
END
$$;

GRANT EXECUTE ON FUNCTION kadens_swedish_websearch(text) TO ${app_role};

-- Swedish chunks are indexed in the new configuration (the generated column cannot change its expression in
-- place before PostgreSQL 17, so it is made anew; the GIN index with it).
ALTER TABLE knowledge_chunk DROP COLUMN text_search;
ALTER TABLE knowledge_chunk ADD COLUMN text_search tsvector GENERATED ALWAYS AS (to_tsvector(
    CASE WHEN language = 'sv' THEN 'kadens_swedish'::regconfig ELSE 'english'::regconfig END, text)) STORED;
CREATE INDEX knowledge_chunk_text_idx ON knowledge_chunk USING gin (text_search);
