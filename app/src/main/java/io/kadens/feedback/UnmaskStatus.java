package io.kadens.feedback;

/** Where a request to unmask the author of anonymous feedback stands. */
public enum UnmaskStatus {
    PENDING,
    APPROVED,
    DECLINED
}
