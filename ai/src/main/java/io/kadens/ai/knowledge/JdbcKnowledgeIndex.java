package io.kadens.ai.knowledge;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.IndexProgress;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceRef;
import io.kadens.tenants.BoundTenant;
import io.kadens.tenants.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge index in PostgreSQL ({@code knowledge_chunk}) through plain JDBC: the ai module
 * never sees the application's generated jOOQ classes. Row-level security on the table binds every
 * statement to the transaction's tenant; the SQL here names no tenant in its filters at all.
 *
 * <p>Embeddings are stored in half precision ({@code halfvec}, V219): a chunk row then stays in its page and the
 * shared HNSW index is half the size; every vector parameter is bound as {@code ?::halfvec}.
 *
 * <p>Nearest neighbours come from the HNSW cosine index with pgvector 0.8's iterative scans
 * ({@code relaxed_order}): when row-level security filters out most of what the index returns
 * (a small tenant in a large table), the scan goes on until it has enough of the tenant's rows,
 * instead of answering with too few. A tenant with at most {@link #EXACT_SEARCH_MAX_CHUNKS} chunks is
 * searched exactly instead: its own rows, found through the tenant's btree index, sorted by distance
 * (exact recall, and faster than walking the shared HNSW graph past other tenants' rows). A large tenant for which
 * an operator built its own partial HNSW index ({@link #tenantIndexStatement}) walks that one instead; its statement
 * then names the tenant as a literal, and row-level security still applies. Full-text matches come from the GIN index, in the English or
 * Swedish configuration of each chunk. Both lists are fused by reciprocal rank.
 */
public class JdbcKnowledgeIndex implements KnowledgeIndex {

    /**
     * The text search configuration of Swedish chunks and queries (V143): hunspell, then snowball, where the
     * database server has the dictionary; a plain copy of the built-in {@code swedish} where it has not.
     */
    static final String SWEDISH_CONFIGURATION = "kadens_swedish";

    /** Rows the iterative scan may visit before it gives up; enough for a tenant holding 0.1% of a million chunks. */
    static final int MAX_SCAN_TUPLES = 200_000;

    /**
     * Up to this many chunks, a tenant's vector search is exact. Distances of 20,000 vectors of 384 dimensions
     * cost about what an HNSW walk with iterative scans costs in a shared table of a million chunks.
     */
    static final long EXACT_SEARCH_MAX_CHUNKS = 20_000;
    /** How long a tenant's chunk count is trusted for choosing the path (not for anything else). */
    static final long CHUNK_COUNT_TTL_MILLIS = 60_000;
    /**
     * When a Swedish question falls back to any of its words: how many of the matches (and of the chunks holding two
     * of its words) are ranked at most, instead of every match (V215).
     */
    static final int MAX_RANKED = 300;
    /**
     * The HNSW walk's candidate list (pgvector's {@code hnsw.ef_search}), at least the candidates asked for. Chosen by
     * recall@10 against exact search in {@code HybridSearchBenchmark} (decision record 2026-12-07-halfvec-search.md):
     * on a 100k-chunk tenant 0.920 at 40, 0.937 at 100, 0.957 at 150 (target 0.95); a walk of 150 reads about 1.7
     * times the index pages of one of 40, which under 8 clients did not show in the latency.
     */
    public static final int EF_SEARCH = 150;
    /**
     * ef_search on a tenant's own HNSW index (no other tenant's vectors in its graph, so fewer are walked for the
     * same recall). Chosen by recall@10 against exact search in {@code HybridSearchBenchmark}
     * (decision record 2026-12-07-own-tenant-vector-index.md).
     */
    public static final int OWN_INDEX_EF_SEARCH = 150;

    /**
     * The prefix of a large tenant's own HNSW index, followed by its id's 32 hex digits (60 characters in all, inside
     * PostgreSQL's 63). An operator builds it ({@link #tenantIndexStatement}, docs/operations.md); Kadens never does.
     */
    public static final String TENANT_INDEX_PREFIX = "knowledge_chunk_embedding_t_";

    /** Tenant id to what decides its path: chunk count, whether it has its own HNSW index, when that was read. */
    private final java.util.concurrent.ConcurrentHashMap<TenantId, SearchPath> paths =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How the bound tenant's vector searches run, read at most once a {@link #CHUNK_COUNT_TTL_MILLIS}. */
    private record SearchPath(TenantId tenant, long chunks, boolean ownIndex, long readAtMillis) {
        /** The tenant whose own index the HNSW walk uses, or null: the shared index. */
        TenantId ownIndexTenant() {
            return ownIndex ? tenant : null;
        }
    }

    /** Whether searches on this path are exact (no tenant bound, or a tenant of at most the threshold of chunks). */
    private boolean exact(SearchPath path) {
        return path == null || path.chunks() <= exactSearchMaxChunks;
    }

    /** The HNSW walk's ef_search on a tenant's own index ({@code own} not null) or on the shared one. */
    private int efSearchFor(TenantId own) {
        return own != null ? ownIndexEfSearch : efSearch;
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final EmbeddingModel embeddings;

    private final long exactSearchMaxChunks;
    private final int efSearch;
    private final int ownIndexEfSearch;

    public JdbcKnowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions, EmbeddingModel embeddings) {
        this(jdbc, transactions, embeddings, EXACT_SEARCH_MAX_CHUNKS);
    }

    /** With another threshold for the exact path (tests, benchmarks); 0 sends every tenant through HNSW. */
    public JdbcKnowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions, EmbeddingModel embeddings,
                              long exactSearchMaxChunks) {
        this(jdbc, transactions, embeddings, exactSearchMaxChunks, EF_SEARCH);
    }

    /** With another ef_search for the HNSW path as well (benchmarks: recall against latency), on either index. */
    public JdbcKnowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions, EmbeddingModel embeddings,
                              long exactSearchMaxChunks, int efSearch) {
        this(jdbc, transactions, embeddings, exactSearchMaxChunks, efSearch, efSearch);
    }

    /** With other ef_search values for the shared index and for a tenant's own index (benchmarks). */
    public JdbcKnowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions, EmbeddingModel embeddings,
                              long exactSearchMaxChunks, int efSearch, int ownIndexEfSearch) {
        if (efSearch < 1 || efSearch > 1_000 || ownIndexEfSearch < 1 || ownIndexEfSearch > 1_000) {
            throw new IllegalArgumentException("ef_search must be between 1 and 1000 (pgvector's range)");
        }
        this.efSearch = efSearch;
        this.ownIndexEfSearch = ownIndexEfSearch;
        this.exactSearchMaxChunks = exactSearchMaxChunks;
        this.jdbc = jdbc;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.embeddings = embeddings;
    }

    @Override
    public int replaceSource(SourceRef source, List<ChunkDraft> chunks, IndexProgress progress) {
        IndexProgress report = progress == null ? IndexProgress.NONE : progress;
        // Embedding is the slow part; it happens before the transaction, so a failure here leaves the
        // source exactly as it was. (A caller already in a transaction holds its connection meanwhile:
        // such callers embed first with embed() and store with replaceSource(source, embedded).)
        int stored = replaceSource(source, embed(chunks, report));
        report.progressed(chunks.size(), chunks.size());
        return stored;
    }

    @Override
    public EmbeddedChunks embed(List<ChunkDraft> chunks, IndexProgress progress) {
        IndexProgress report = progress == null ? IndexProgress.NONE : progress;
        int total = chunks.size();
        List<float[]> vectors = new ArrayList<>(total);
        report.progressed(0, total);
        for (int start = 0; start < total; start += io.kadens.ai.embedding.MiniLmEmbeddingModel.BATCH_SIZE) {
            List<ChunkDraft> batch = chunks.subList(start,
                    Math.min(total, start + io.kadens.ai.embedding.MiniLmEmbeddingModel.BATCH_SIZE));
            vectors.addAll(embeddings.embed(batch.stream().map(ChunkDraft::text).toList()));
            report.progressed(Math.min(total, start + batch.size()), total);
        }
        return new EmbeddedChunks(chunks, vectors);
    }

    @Override
    public int replaceSource(SourceRef source, EmbeddedChunks embedded) {
        if (embedded.vectors() == null) {
            return replaceSource(source, embedded.chunks(), IndexProgress.NONE);
        }
        List<ChunkDraft> chunks = embedded.chunks();
        List<float[]> vectors = embedded.vectors();
        int total = chunks.size();
        Integer stored = writes.execute(status -> {
            TenantId tenant = jdbc.execute((ConnectionCallback<TenantId>) BoundTenant::require);
            jdbc.update("delete from knowledge_chunk where source_type = ? and source_id = ?", source.type(), source.id());
            List<Object[]> rows = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                ChunkDraft chunk = chunks.get(i);
                rows.add(new Object[] {tenant.value(), UUID.randomUUID(), source.type(), source.id(), i, chunk.text(),
                        metadataJson(chunk), chunk.language(), VectorLiteral.of(vectors.get(i))});
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into knowledge_chunk (tenant_id, id, source_type, source_id, ordinal, text,"
                        + " metadata, language, embedding) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::halfvec)", rows);
            }
            return total;
        });
        return stored == null ? 0 : stored;
    }

    private static String metadataJson(ChunkDraft chunk) {
        Map<String, Object> json = new LinkedHashMap<>(chunk.metadata());
        json.put("competencies", chunk.competencies());
        return JSON.writeValueAsString(json);
    }

    @Override
    public int deleteSource(SourceRef source) {
        Integer deleted = writes.execute(status -> jdbc.update(
                "delete from knowledge_chunk where source_type = ? and source_id = ?", source.type(), source.id()));
        return deleted == null ? 0 : deleted;
    }

    @Override
    public int chunkCount(SourceRef source) {
        Integer count = reads.execute(status -> jdbc.queryForObject(
                "select count(*) from knowledge_chunk where source_type = ? and source_id = ?", Integer.class,
                source.type(), source.id()));
        return count == null ? 0 : count;
    }

    @Override
    public List<String> competencies() {
        List<String> found = reads.execute(status -> jdbc.queryForList(
                "select distinct c from knowledge_chunk, jsonb_array_elements_text("
                        + " case when jsonb_typeof(metadata -> 'competencies') = 'array'"
                        + " then metadata -> 'competencies' else '[]'::jsonb end) as c order by c",
                String.class));
        return found == null ? List.of() : List.copyOf(found);
    }

    @Override
    public List<KnowledgeHit> search(KnowledgeQuery query) {
        return search(query, embeddings.embed(query.query()));
    }

    @Override
    public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector) {
        return search(query, queryVector, query.k());
    }

    @Override
    public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit) {
        return search(query, queryVector, limit, List.of(), FusionWeights.TUNED);
    }

    @Override
    public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit,
                                     List<io.kadens.ai.CompetencyTerms> framework) {
        return search(query, queryVector, limit, framework, FusionWeights.TUNED);
    }

    /**
     * The raw hybrid search with the competency framework's words for query expansion ({@link QueryExpansion}) and
     * the fusion's weights by the question's language.
     */
    public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit,
                                     List<io.kadens.ai.CompetencyTerms> framework, FusionWeights weights) {
        if (limit < 1 || limit > MAX_CANDIDATES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_CANDIDATES);
        }
        String vector = VectorLiteral.of(queryVector);
        int candidates = candidatesFor(limit);
        String expansion = CrossLanguageTerms.join(QueryExpansion.terms(query.query(), framework),
                CrossLanguageTerms.terms(query.query()));
        String language = io.kadens.ai.smart.SmartChecker.detectLanguage(query.query());
        double textWeight = weights.textWeight(language);
        boolean anyWord = weights.anyWord(language);
        List<KnowledgeHit> hits = reads.execute(status -> {
            Filter filter = Filter.of(query);
            List<UUID> nearest = nearestByPath(path(), vector, filter, candidates, candidates);
            List<UUID> matching = fullText(query, expansion, anyWord, candidates, limit);
            List<ReciprocalRankFusion.Fused<UUID>> fused = ReciprocalRankFusion.fuse(List.of(nearest, matching),
                    new double[] {1.0, textWeight}, ReciprocalRankFusion.DEFAULT_C);
            List<ReciprocalRankFusion.Fused<UUID>> top = fused.subList(0, Math.min(limit, fused.size()));
            return load(vector, top);
        });
        return hits == null ? List.of() : hits;
    }

    /**
     * The bound tenant's k nearest chunks by the index path searches use (HNSW with iterative scans),
     * nearest first; for benchmarks and diagnostics.
     */
    public List<UUID> nearest(float[] vector, int k) {
        List<UUID> ids = reads.execute(status -> {
            SearchPath path = path();
            return nearestThroughHnsw(path, VectorLiteral.of(vector), new Filter("", List.of()), k, candidatesFor(k));
        });
        return ids == null ? List.of() : ids;
    }

    /**
     * The bound tenant's k nearest chunks by the path its searches take: exact for a tenant of at most the threshold
     * of chunks, else HNSW with iterative scans (the tenant's own index where an operator built one, else the shared
     * one); for benchmarks and diagnostics.
     */
    public List<UUID> nearestAsSearched(float[] vector, int k) {
        List<UUID> ids = reads.execute(status ->
                nearestByPath(path(), VectorLiteral.of(vector), new Filter("", List.of()), k, candidatesFor(k)));
        return ids == null ? List.of() : ids;
    }

    /**
     * The vector leg by the tenant's path; {@code path} null: no tenant bound (nothing visible). {@code efFloor}: the
     * walk's ef_search is at least this (the candidates a search asks for).
     */
    private List<UUID> nearestByPath(SearchPath path, String vector, Filter filter, int k, int efFloor) {
        if (exact(path)) {
            // Exact: no index scan, so the tenant's rows come through the btree (bitmap) and are sorted.
            jdbc.execute("set local enable_indexscan = off");
            List<UUID> nearest = nearest(vector, filter, k, null);
            jdbc.execute("set local enable_indexscan = on");
            return nearest;
        }
        return nearestThroughHnsw(path, vector, filter, k, efFloor);
    }

    /**
     * Through HNSW with iterative scans. A tenant with its own index (an operator's, {@link #tenantIndexStatement})
     * is walked there with {@link #OWN_INDEX_EF_SEARCH}: the statement names the tenant as a literal, the only way
     * the planner proves a partial index's {@code WHERE tenant_id = '…'} (the policy's tenant is an InitPlan the
     * planner cannot see through); row-level security stays on and still filters every row.
     */
    private List<UUID> nearestThroughHnsw(SearchPath path, String vector, Filter filter, int k, int efFloor) {
        TenantId own = path == null ? null : path.ownIndexTenant();
        prepareIterativeScan(efFloor, efSearchFor(own));
        return nearest(vector, filter, k, own);
    }

    /**
     * The bound tenant's full-text leg of a search for {@code limit} hits, as {@link #search} runs it (the question's
     * cross-language words as expansion, no competency framework), best first; for tests, benchmarks and diagnostics.
     */
    public List<UUID> textLeg(KnowledgeQuery query, int limit, FusionWeights weights) {
        int candidates = candidatesFor(limit);
        String expansion = CrossLanguageTerms.terms(query.query());
        boolean anyWord = weights.anyWord(io.kadens.ai.smart.SmartChecker.detectLanguage(query.query()));
        List<UUID> ids = reads.execute(status -> fullText(query, expansion, anyWord, candidates, limit));
        return ids == null ? List.of() : ids;
    }

    /** The full-text leg: all the question's words, or (anyWord) two of them and, when too few, any of them. */
    private List<UUID> fullText(KnowledgeQuery query, String expansion, boolean anyWord, int candidates, int limit) {
        return anyWord ? matchingTwoWordsOrAny(query.query(), expansion, query, candidates, limit)
                : matching(query.query(), expansion, query, candidates);
    }

    /** The bound tenant's k nearest chunks by exact distance (no approximate index): the truth recall is measured against. */
    public List<UUID> exactNearest(float[] vector, int k) {
        List<UUID> ids = reads.execute(status -> {
            jdbc.execute("set local enable_indexscan = off");
            return jdbc.queryForList("select id from knowledge_chunk order by embedding <=> ?::halfvec, id limit ?",
                    UUID.class, VectorLiteral.of(vector), k);
        });
        return ids == null ? List.of() : ids;
    }

    /**
     * Whether the bound tenant's vector searches are exact (at most the threshold of chunks) or go through HNSW;
     * from its chunk count, counted at most once a minute. Call inside the search's transaction.
     */
    public boolean searchesExactly() {
        return exact(path());
    }

    /**
     * Whether the bound tenant's HNSW searches walk its own index (an operator built one, docs/operations.md); read
     * with the chunk count, at most once a minute. Call inside the search's transaction.
     */
    public boolean searchesOwnIndex() {
        SearchPath path = path();
        return !exact(path) && path.ownIndex();
    }

    /** The bound tenant's path (null: no tenant bound), its chunk count and own index read at most once a minute. */
    private SearchPath path() {
        java.util.Optional<TenantId> bound = jdbc.execute(
                (ConnectionCallback<java.util.Optional<TenantId>>) BoundTenant::of);
        if (bound == null || bound.isEmpty()) {
            return null; // no tenant: nothing is visible, and the exact path finds that at once
        }
        TenantId tenant = bound.get();
        long now = System.currentTimeMillis();
        SearchPath path = paths.get(tenant);
        if (path == null || now - path.readAtMillis() > CHUNK_COUNT_TTL_MILLIS) {
            // The own index counts only once it is valid (a failed concurrent build leaves an invalid one behind).
            path = jdbc.queryForObject("select (select count(*) from (select 1 from knowledge_chunk limit ?) c),"
                    + " exists (select 1 from pg_index i where i.indexrelid = to_regclass(?) and i.indisvalid)",
                    (rs, row) -> new SearchPath(tenant, rs.getLong(1), rs.getBoolean(2), now),
                    exactSearchMaxChunks + 1, tenantIndexName(tenant));
            paths.put(tenant, path);
        }
        return path;
    }

    /** The name of a tenant's own HNSW index: {@link #TENANT_INDEX_PREFIX} and the id's hex digits. */
    public static String tenantIndexName(TenantId tenant) {
        return TENANT_INDEX_PREFIX + tenant.value().toString().replace("-", "");
    }

    /**
     * The operator's statement that builds a tenant's own HNSW index (docs/operations.md), run as the database owner
     * outside a transaction: {@code CONCURRENTLY} takes no lock that stops other tenants' writes, and a second run
     * is a no-op. Kadens never runs it; its searches use the index once it exists and is valid.
     */
    public static String tenantIndexStatement(TenantId tenant) {
        return "create index concurrently if not exists " + tenantIndexName(tenant)
                + " on knowledge_chunk using hnsw (embedding halfvec_cosine_ops) where tenant_id = '"
                + tenant.value() + "'";
    }

    static int candidatesFor(int k) {
        return Math.min(MAX_CANDIDATES, Math.max(40, 4 * k));
    }

    private void prepareIterativeScan(int candidates, int ef) {
        // Local to this transaction and connection (is_local = true); one round trip for all three.
        jdbc.queryForList("select set_config('hnsw.iterative_scan', 'relaxed_order', true),"
                + " set_config('hnsw.ef_search', ?, true), set_config('hnsw.max_scan_tuples', ?, true)",
                String.valueOf(Math.max(ef, candidates)), String.valueOf(MAX_SCAN_TUPLES));
    }

    /**
     * Nearest neighbours by cosine distance; the outer ORDER BY restores strict order after a relaxed scan.
     * {@code ownIndex}: the bound tenant, named as a literal so that the planner may walk its own partial index (a
     * UUID's text, never user input); null names no tenant.
     */
    List<UUID> nearest(String vector, Filter filter, int limit, TenantId ownIndex) {
        List<Object> args = new ArrayList<>();
        args.add(vector);
        args.addAll(filter.args());
        args.add(limit);
        return jdbc.queryForList(nearestSql(filter, ownIndex), UUID.class, args.toArray());
    }

    private static String nearestSql(Filter filter, TenantId ownIndex) {
        String tenant = ownIndex == null ? "" : " and tenant_id = '" + ownIndex.value() + "'";
        return "select id from (select id, embedding <=> ?::halfvec as distance from knowledge_chunk"
                + " where true" + tenant + filter.sql() + " order by distance limit ?) nearest order by distance, id";
    }

    /**
     * The plan of the vector leg's statement exactly as a search for {@code k} hits runs it for the bound tenant (its
     * path, settings and SQL), with {@code EXPLAIN (ANALYZE, BUFFERS)} when {@code analyze}; for tests, benchmarks and
     * diagnostics.
     */
    public List<String> explainNearestAsSearched(float[] vector, int k, boolean analyze) {
        return explainNearestAsSearched(vector, k, analyze, false);
    }

    /**
     * As {@link #explainNearestAsSearched(float[], int, boolean)}; {@code generic}: the plan PostgreSQL caches for the
     * prepared statement once it stops planning per call (its generic plan, the values unknown to the planner).
     */
    public List<String> explainNearestAsSearched(float[] vector, int k, boolean analyze, boolean generic) {
        if (generic) {
            List<String> plan = reads.execute(status -> {
                SearchPath path = path();
                TenantId own = exact(path) ? null : path.ownIndexTenant();
                prepareIterativeScan(candidatesFor(k), efSearchFor(own));
                String sql = nearestSql(new Filter("", List.of()), own).replace("?::halfvec", "$1::halfvec")
                        .replace("limit ?", "limit $2");
                jdbc.execute("prepare kadens_nearest_plan (halfvec, integer) as " + sql);
                jdbc.execute("set local plan_cache_mode = force_generic_plan");
                // EXECUTE takes no bind parameters: the vector's text (digits, commas, brackets) goes in as a literal.
                List<String> lines = jdbc.queryForList((analyze ? "explain (analyze, buffers) " : "explain ")
                        + "execute kadens_nearest_plan('" + VectorLiteral.of(vector) + "'::halfvec, "
                        + candidatesFor(k) + ")", String.class);
                jdbc.execute("deallocate kadens_nearest_plan");
                return lines;
            });
            return plan == null ? List.of() : plan;
        }
        List<String> plan = reads.execute(status -> {
            SearchPath path = path();
            String explain = analyze ? "explain (analyze, buffers) " : "explain ";
            String vectorText = VectorLiteral.of(vector);
            int candidates = candidatesFor(k);
            Filter none = new Filter("", List.of());
            if (exact(path)) {
                jdbc.execute("set local enable_indexscan = off");
                return jdbc.queryForList(explain + nearestSql(none, null), String.class, vectorText, candidates);
            }
            TenantId own = path.ownIndexTenant();
            prepareIterativeScan(candidates, efSearchFor(own));
            return jdbc.queryForList(explain + nearestSql(none, own), String.class, vectorText, candidates);
        });
        return plan == null ? List.of() : plan;
    }

    /** The question in websearch syntax matching any of its words: "a b c" becomes "a or b or c". */
    static String anyWord(String question) {
        String words = question.replaceAll("[\"()]", " ").replaceAll("(^|\\s)-", " ").trim();
        return String.join(" or ", words.split("\\s+"));
    }

    /**
     * Full-text matches for a question whose words need not all be in the chunk: chunks holding at least two of
     * its words (pairs of words, {@code kadens_word_pairs}, migration V206), and only when those are fewer than the
     * search returns ({@code needed}), chunks holding any of its words. Any word alone matches thousands of chunks
     * in a large tenant, so that fallback ranks a bounded candidate set ({@link #MAX_RANKED}, migration V215): the
     * first matches of the pairs and the first matches of any word, ranked together by any word. A tenant with fewer
     * matches than the bound (the evaluation's, most small ones) gets exactly the ranking of all its matches
     * (decision record 2026-12-06-vector-and-hybrid-search-at-scale.md).
     */
    List<UUID> matchingTwoWordsOrAny(String question, String expansion, KnowledgeQuery query, int limit, int needed) {
        List<UUID> pairs = matchingPairs(question, expansion, query, limit);
        if (pairs.size() >= needed) {
            return pairs;
        }
        return textSearch("websearch_to_tsquery('english', ?)",
                "websearch_to_tsquery(?::regconfig, kadens_swedish_websearch(?))", anyWord(question), expansion, query,
                limit, Bound.RANKED_WITH_PAIRS);
    }

    /** Chunks holding at least two of the question's words, or one of the expansion's; none for a one-word question. */
    List<UUID> matchingPairs(String question, String expansion, KnowledgeQuery query, int limit) {
        // kadens_word_pairs is NULL for fewer than two words, and NULL || expansion stays NULL: then nothing
        // matches here and the caller falls back to any word (which includes the expansion).
        // At most MAX_RANKED pair matches are ranked: pairs of common words can match thousands of chunks too.
        return textSearch("kadens_word_pairs('english', ?)", "kadens_word_pairs(?::regconfig, ?)", question, expansion,
                query, limit, Bound.RANKED);
    }

    /**
     * Full-text matches in each chunk's own language configuration, best ranked first. They come from the
     * database function {@code knowledge_text_search} (migration V142): under row-level security the planner
     * may not use the GIN index for the non-leakproof {@code @@}, so the function, which runs as the table's
     * owner, filters by the tenant bound to the transaction itself and answers with chunk ids only.
     */
    List<UUID> matching(String text, String expansion, KnowledgeQuery query, int limit) {
        return textSearch("websearch_to_tsquery('english', ?)",
                "websearch_to_tsquery(?::regconfig, kadens_swedish_websearch(?))", text, expansion, query, limit, Bound.NONE);
    }

    /**
     * One call of the definer function. {@code englishQuery} and {@code swedishQuery} are fixed SQL expressions (never
     * user text) that turn the question into a tsquery: the first with one parameter (the question), the second with
     * two (the Swedish configuration, the question). The expansion (competency words, or null) is an alternative:
     * question OR any of the words. {@code bound}: whether every match is ranked or only the first {@link #MAX_RANKED}
     * (with the first {@link #MAX_RANKED} chunks holding two of the question's words), V215.
     */
    private List<UUID> textSearch(String englishQuery, String swedishQuery, String question, String expansion,
                                  KnowledgeQuery query, int limit, Bound bound) {
        String englishExpansion = "coalesce(websearch_to_tsquery('english', ?), ''::tsquery)";
        String swedishExpansion = "coalesce(websearch_to_tsquery(?::regconfig, kadens_swedish_websearch(?)), ''::tsquery)";
        List<Object> args = new ArrayList<>(List.of(question));
        args.add(expansion);
        args.addAll(List.of(SWEDISH_CONFIGURATION, question, SWEDISH_CONFIGURATION));
        args.add(expansion);
        args.add(query.sourceTypes().isEmpty() ? null : String.join(",", query.sourceTypes()));
        args.add(query.language());
        args.add(query.competency());
        args.add(limit);
        String preferred = "";
        if (bound == Bound.RANKED) {
            preferred = ", ?";
            args.add(MAX_RANKED);
        } else if (bound == Bound.RANKED_WITH_PAIRS) {
            // The question here is "a or b or c"; kadens_word_pairs leaves the "or"s out.
            preferred = ", ?, kadens_word_pairs('english', ?) || " + englishExpansion
                    + ", kadens_word_pairs(?::regconfig, ?) || " + swedishExpansion;
            args.add(MAX_RANKED);
            args.add(question);
            args.add(expansion);
            args.addAll(List.of(SWEDISH_CONFIGURATION, question, SWEDISH_CONFIGURATION));
            args.add(expansion);
        }
        return jdbc.queryForList("select id from knowledge_text_search("
                        + " " + englishQuery + " || " + englishExpansion + ","
                        + " " + swedishQuery + " || " + swedishExpansion + ","
                        + " string_to_array(?, ','), ?, ?, ?" + preferred + ")", UUID.class, args.toArray());
    }

    /** How many full-text matches the definer ranks (V215). */
    private enum Bound {
        /** Every match (all words: few matches). */
        NONE,
        /** The first {@link #MAX_RANKED} matches. */
        RANKED,
        /** The first {@link #MAX_RANKED} matches and the first {@link #MAX_RANKED} chunks holding two of the words. */
        RANKED_WITH_PAIRS
    }

    private List<KnowledgeHit> load(String vector, List<ReciprocalRankFusion.Fused<UUID>> top) {
        if (top.isEmpty()) {
            return List.of();
        }
        Map<UUID, Row> rows = new HashMap<>();
        jdbc.query("select id, source_type, source_id, text, language, metadata::text as metadata,"
                        + " 1 - (embedding <=> ?::halfvec) as similarity from knowledge_chunk where id = any(?)",
                (ResultSet rs) -> {
                    rows.put(rs.getObject("id", UUID.class), new Row(rs.getString("source_type"),
                            rs.getString("source_id"), rs.getString("text"), rs.getString("language"),
                            rs.getString("metadata"), rs.getDouble("similarity")));
                }, vector, uuidArray(top.stream().map(ReciprocalRankFusion.Fused::item).toList()));
        List<KnowledgeHit> hits = new ArrayList<>(top.size());
        for (ReciprocalRankFusion.Fused<UUID> fused : top) {
            Row row = rows.get(fused.item());
            if (row == null) {
                continue; // deleted between the two statements of this transaction: nothing to show
            }
            Map<String, Object> metadata = JSON.readValue(row.metadata(), MAP);
            List<String> competencies = metadata.get("competencies") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            Map<String, String> attributes = new LinkedHashMap<>();
            metadata.forEach((key, value) -> {
                if (!"competencies".equals(key) && value != null) {
                    attributes.put(key, String.valueOf(value));
                }
            });
            hits.add(new KnowledgeHit(fused.item(), new SourceRef(row.sourceType(), row.sourceId()), row.text(),
                    row.language(), competencies, Map.copyOf(attributes), fused.score(), row.similarity(),
                    fused.ranks().get(0), fused.ranks().get(1)));
        }
        return List.copyOf(hits);
    }

    private record Row(String sourceType, String sourceId, String text, String language, String metadata,
                       double similarity) {
    }

    @Override
    public Map<UUID, Double> similarity(float[] vector, Collection<UUID> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Double> result = new HashMap<>();
        reads.executeWithoutResult(status -> jdbc.query(
                "select id, 1 - (embedding <=> ?::halfvec) as similarity from knowledge_chunk where id = any(?)",
                (ResultSet rs) -> {
                    result.put(rs.getObject("id", UUID.class), rs.getDouble("similarity"));
                }, VectorLiteral.of(vector), uuidArray(chunkIds)));
        return Map.copyOf(result);
    }

    @Override
    public Map<SourceRef, Double> sourceSimilarity(float[] vector, Collection<SourceRef> sources) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        Map<SourceRef, Double> result = new HashMap<>();
        String literal = VectorLiteral.of(vector);
        reads.executeWithoutResult(status -> {
            for (SourceRef source : sources) {
                jdbc.query("select max(1 - (embedding <=> ?::halfvec)) as similarity from knowledge_chunk"
                        + " where source_type = ? and source_id = ? having count(*) > 0", (ResultSet rs) -> {
                            result.put(source, rs.getDouble("similarity"));
                        }, literal, source.type(), source.id());
            }
        });
        return Map.copyOf(result);
    }

    private Array uuidArray(Collection<UUID> ids) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("uuid", ids.toArray()));
    }

    /** The optional filters as SQL conditions with their arguments, appended to both searches alike. */
    record Filter(String sql, List<Object> args) {

        static Filter of(KnowledgeQuery query) {
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            if (!query.sourceTypes().isEmpty()) {
                sql.append(" and source_type = any(string_to_array(?, ','))");
                args.add(String.join(",", query.sourceTypes()));
            }
            if (query.language() != null) {
                sql.append(" and language = ?");
                args.add(query.language());
            }
            if (query.competency() != null) {
                sql.append(" and metadata -> 'competencies' @> to_jsonb(array[?::text])");
                args.add(query.competency());
            }
            return new Filter(sql.toString(), List.copyOf(args));
        }
    }
}
