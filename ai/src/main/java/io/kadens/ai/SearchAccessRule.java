package io.kadens.ai;

import java.util.Collection;
import java.util.Set;

/**
 * Who may see a source that search hits and AI citations point at, answered by the feature that owns
 * the source with the same rule its own pages use. Every hit of a knowledge search and every citation
 * of an AI statement passes through the rule of its source type ({@link SearchAccessRules}); a type
 * without a rule is shown to nobody, and one that features index without a rule stops the application
 * from starting.
 *
 * <p>Implementations are Spring beans of the feature's package.
 */
public interface SearchAccessRule {

    /** The source types this rule answers for, as in {@link SourceRef#type()}. */
    Set<String> sourceTypes();

    /**
     * Of the given sources (all of this rule's types), those the signed-in requester may see now. Called
     * with a whole page of hits or all citations of an answer at once, and answered with a fixed number of
     * queries whatever their count. Ids that are malformed, missing or another tenant's are simply absent
     * from the answer; with nobody of a tenant signed in the answer is empty.
     */
    Set<SourceRef> visibleToRequester(Collection<SourceRef> sources);
}
