package io.kadens.ai;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's knowledge: chunks of company content, training items and other sources, embedded
 * in process and searched by meaning and by words together.
 *
 * <p>Every method works on the tenant bound to the current transaction (the signed-in user's, or a
 * {@code TenantScope} for background work); row-level security decides what is visible, so a
 * search can never return another tenant's chunks, whatever the caller forgets. With no tenant
 * bound, searches find nothing and writes are refused.
 */
public interface KnowledgeIndex {

    /**
     * Replaces every chunk of one source with new ones, all or nothing: the chunks are embedded
     * first (reporting progress), then the old ones are deleted and the new ones stored in one
     * transaction. An empty list removes the source from the index.
     *
     * @return how many chunks the source now has
     */
    int replaceSource(SourceRef source, List<ChunkDraft> chunks, IndexProgress progress);

    /**
     * Chunks with their embeddings, made by {@link #embed} with no database connection held (embedding a large
     * document takes seconds to minutes); {@link #replaceSource(SourceRef, EmbeddedChunks)} then stores them.
     * {@code vectors} is null when the index embeds at store time.
     */
    record EmbeddedChunks(List<ChunkDraft> chunks, List<float[]> vectors) {
        public EmbeddedChunks {
            chunks = List.copyOf(chunks);
            if (vectors != null && vectors.size() != chunks.size()) {
                throw new IllegalArgumentException("one vector per chunk");
            }
        }
    }

    /** Embeds the chunks (reporting progress) and touches no database: call it outside any transaction. */
    default EmbeddedChunks embed(List<ChunkDraft> chunks, IndexProgress progress) {
        return new EmbeddedChunks(chunks, null);
    }

    /** Replaces every chunk of one source with chunks {@link #embed} made, in the caller's transaction or one of its own. */
    default int replaceSource(SourceRef source, EmbeddedChunks embedded) {
        return replaceSource(source, embedded.chunks(), IndexProgress.NONE);
    }

    default int replaceSource(String sourceType, String sourceId, List<ChunkDraft> chunks, IndexProgress progress) {
        return replaceSource(new SourceRef(sourceType, sourceId), chunks, progress);
    }

    /** Removes every chunk of the source; returns how many there were. */
    int deleteSource(SourceRef source);

    default int deleteSource(String sourceType, String sourceId) {
        return deleteSource(new SourceRef(sourceType, sourceId));
    }

    /** The most candidates one raw search returns ({@link #search(KnowledgeQuery, float[], int)}). */
    int MAX_CANDIDATES = 200;

    /**
     * Hybrid search: nearest neighbours and full-text matches fused by reciprocal rank, best first.
     *
     * <p>Raw: the hits are the bound tenant's, whoever may see their sources. Application code reads hits
     * only through {@link SearchAccessRules}, which passes every hit through its source type's access
     * rule (an architecture test keeps it so); these raw searches serve that registry, the index's own
     * tests and benchmarks.
     */
    List<KnowledgeHit> search(KnowledgeQuery query);

    /** The same raw search with the query's embedding already computed (by this module's {@code EmbeddingModel}). */
    List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector);

    /**
     * The same raw search returning up to {@code limit} hits (1..{@value #MAX_CANDIDATES}) instead of the
     * query's k: the registry asks for more than it shows, so that a page is still full after hits the
     * requester may not see are dropped.
     */
    List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit);

    /**
     * The same raw search, expanded with the words of the competencies the question names ({@code framework}, the
     * bound tenant's); an index without query expansion ignores them.
     */
    List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit, List<CompetencyTerms> framework);

    /**
     * The distinct competency identifiers chunks of the bound tenant are tagged with (the sections of its
     * competency frameworks), sorted; what pickers offer and the search's competency filter matches.
     */
    List<String> competencies();

    /** How many chunks the source has in the index of the bound tenant. */
    int chunkCount(SourceRef source);

    /**
     * Cosine similarity of a vector with each of the given chunks that the bound tenant can see;
     * chunks that do not exist or belong to another tenant are simply absent from the answer.
     */
    Map<UUID, Double> similarity(float[] vector, Collection<UUID> chunkIds);

    /**
     * Cosine similarity of a vector with the closest chunk of each given source visible to the bound
     * tenant; sources without chunks are absent.
     */
    Map<SourceRef, Double> sourceSimilarity(float[] vector, Collection<SourceRef> sources);
}
