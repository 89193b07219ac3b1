package io.kadens.ai.knowledge;

import io.kadens.ai.Languages;

/**
 * How much the full-text ranking counts against the vector ranking in the fusion, by the question's language
 * (the vector ranking counts 1), and whether full text needs all of the question's words or any of them. Swedish questions lean on full text because the embedding model
 * (all-MiniLM-L6-v2) is English-only; the values come from the development questions only
 * ({@code SwedishRetrievalEvaluation}, docs/decisions/2026-12-06-swedish-full-text-search.md).
 */
public record FusionWeights(double englishText, double swedishText, boolean englishAnyWord, boolean swedishAnyWord) {

    /** Tuned on eval/retrieval-sv-dev.json only; never on the held-out questions. */
    public static final FusionWeights TUNED = new FusionWeights(1.0, 1.0, false, true);

    /** Plain reciprocal rank fusion, full text matching all words: how search worked before tuning. */
    public static final FusionWeights EQUAL = new FusionWeights(1.0, 1.0, false, false);

    /** The same weight for both languages, all words must match. */
    public FusionWeights(double englishText, double swedishText) {
        this(englishText, swedishText, false, false);
    }

    public FusionWeights {
        if (!(englishText >= 0) || !(swedishText >= 0)) {
            throw new IllegalArgumentException("weights must be >= 0");
        }
    }

    public double textWeight(String language) {
        return Languages.SWEDISH.equals(language) ? swedishText : englishText;
    }

    /**
     * Whether full text matches chunks holding any of the question's words (ranked by how many and how close)
     * rather than all of them. Natural questions rarely share every word with the chunk that answers them.
     * {@link JdbcKnowledgeIndex} first asks for chunks holding two of the words (V206), which a large tenant
     * answers cheaply, and for any word only when those are fewer than the hits asked for.
     */
    public boolean anyWord(String language) {
        return Languages.SWEDISH.equals(language) ? swedishAnyWord : englishAnyWord;
    }
}
