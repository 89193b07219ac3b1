package io.kadens.ai.summary;

/**
 * Scores one unit (a sentence or one side of "X, but Y"): the log-odds that it is praise, above zero praise, below zero
 * criticism or a growth wish. The summary uses {@link #COMMITTED}; the evaluations pass models fitted to part of the
 * labelled feedback, so that the rules around the score ({@link FeedbackSummarizer#sentenceScores}) exist once.
 */
@FunctionalInterface
interface PolarityScorer {

    /** The committed polarity model, or the lexicon where the model's weights are not on the class path. */
    PolarityScorer COMMITTED = (text, language, afterContrast, vector) -> PolarityModel.available()
            ? PolarityModel.score(text, language, afterContrast, vector)
            : PolarityLexicon.score(text, language);

    /**
     * @param afterContrast whether the text is the second side of "X, but Y"
     * @param vector        the unit's sentence embedding, or null: then the words decide
     */
    double score(String text, String language, boolean afterContrast, float[] vector);
}
