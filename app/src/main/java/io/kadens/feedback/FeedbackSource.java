package io.kadens.feedback;

/**
 * Where feedback comes from, seen from its receiver: their manager (anyone above them in the reporting
 * line), a peer (anyone else in the tenant), one of their reports (upward feedback), or themselves
 * (self-reflection; no feature writes it yet, the summary may add its own).
 */
public enum FeedbackSource {
    MANAGER, PEER, REPORT, SELF;

    /** Only peer and upward feedback may be anonymous, and only where the tenant allows it. */
    public boolean mayBeAnonymous() {
        return this == PEER || this == REPORT;
    }
}
