package io.kadens.ai;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ranked chunk of a search.
 *
 * @param score      the reciprocal-rank-fusion score that orders the hits (higher is better)
 * @param similarity cosine similarity of the chunk's embedding with the query's (-1..1)
 * @param vectorRank rank among the nearest neighbours (1 = nearest), or null when not among them
 * @param textRank   rank among the full-text matches, or null when the words did not match
 */
public record KnowledgeHit(UUID chunkId, SourceRef source, String text, String language, List<String> competencies,
                           Map<String, String> metadata, double score, double similarity, Integer vectorRank,
                           Integer textRank) {

    /** The route or URL that shows the source, when the indexing feature gave one. */
    public String link() {
        return metadata.get(ChunkDraft.LINK);
    }

    public String title() {
        return metadata.get(ChunkDraft.TITLE);
    }
}
