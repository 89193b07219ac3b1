package io.kadens.feedback;

/**
 * Who reads a feedback item besides its author: the receiver and, as the tenant configures
 * ({@link ManagerVisibility}), their managers; or the receiver only.
 */
public enum FeedbackVisibility {
    RECEIVER_AND_MANAGERS, RECEIVER_ONLY
}
