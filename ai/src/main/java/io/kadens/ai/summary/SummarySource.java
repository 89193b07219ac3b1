package io.kadens.ai.summary;

/**
 * Where a feedback item came from, as the summary counts it. The application maps its own feedback
 * sources onto these (the ai module knows nothing of the feedback feature).
 */
public enum SummarySource {
    /** From the person's manager (or someone above in their chain). */
    MANAGER,
    /** From a colleague. */
    PEER,
    /** From one of the person's reports, about them as a manager. */
    UPWARD,
    /** Public praise. */
    PRAISE,
    /** Anything else (e.g. the person's own notes, mentors). */
    OTHER
}
