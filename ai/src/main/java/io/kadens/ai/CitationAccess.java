package io.kadens.ai;

/**
 * Port a feature implements for each kind of source that AI statements may cite (goals, feedback
 * items, ...): whether the signed-in requester may see that source now. The grounding verifier asks
 * it for every citation and drops statements citing anything the requester may not see.
 * Knowledge chunks (company content, training) need none: the index itself answers for them.
 */
public interface CitationAccess {

    /** The source type this answers for, as in {@link SourceRef#type()}. */
    String sourceType();

    boolean visibleToRequester(String sourceId);
}
