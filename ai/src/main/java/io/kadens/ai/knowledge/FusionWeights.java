package io.kadens.ai.knowledge;

import io.kadens.ai.Languages;

/**
 * How much the full-text ranking counts against the vector ranking in the fusion, by the question's language
 * (the vector ranking counts 1). Swedish questions lean on full text because the embedding model
 * (all-MiniLM-L6-v2) is English-only; the values come from the development questions only
 * ({@code SwedishRetrievalEvaluation}, docs/decisions/2026-12-06-swedish-full-text-search.md).
 */
public record FusionWeights(double englishText, double swedishText) {

    /** Tuned on eval/retrieval-sv-dev.json and eval/retrieval.json; never on the held-out questions. */
    public static final FusionWeights TUNED = new FusionWeights(1.0, 1.0);

    /** Plain reciprocal rank fusion: both rankings count alike. */
    public static final FusionWeights EQUAL = new FusionWeights(1.0, 1.0);

    public FusionWeights {
        if (!(englishText >= 0) || !(swedishText >= 0)) {
            throw new IllegalArgumentException("weights must be >= 0");
        }
    }

    public double textWeight(String language) {
        return Languages.SWEDISH.equals(language) ? swedishText : englishText;
    }
}
