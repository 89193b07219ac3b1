package io.kadens.ai;

import java.util.Set;

/**
 * The names of the kinds of sources that knowledge chunks and AI citations point at, in one place:
 * the features that index them, the AI capabilities that search them and the access rules that
 * decide who sees them all use these constants, so a misspelt type can no longer find nothing.
 */
public final class SourceTypes {

    /** A goal with its key results (the goals feature). */
    public static final String GOAL = "goal";
    /** A chunk of a document in the company content library. */
    public static final String COMPANY_CONTENT = "company_content";
    /** An item of the training library. */
    public static final String TRAINING_ITEM = "training_item";
    /** A feedback item: cited by feedback summaries, not indexed. */
    public static final String FEEDBACK = "feedback";

    /**
     * Every source type a feature writes into the knowledge index. Each needs a {@link SearchAccessRule}:
     * the application refuses to start while one of them has none.
     */
    public static final Set<String> INDEXED = Set.of(GOAL, COMPANY_CONTENT, TRAINING_ITEM);

    /** The company's own knowledge (content library and training): what coaching and theme names draw on. */
    public static final Set<String> COMPANY_KNOWLEDGE = Set.of(COMPANY_CONTENT, TRAINING_ITEM);

    private SourceTypes() {
    }
}
