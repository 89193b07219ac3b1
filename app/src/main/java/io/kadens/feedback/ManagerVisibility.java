package io.kadens.feedback;

/** The tenant's choice of which managers read feedback given to someone (tenant setting). */
public enum ManagerVisibility {
    /** Nobody but the receiver (and the author). */
    RECEIVER_ONLY,
    /** The receiver and their direct manager. */
    DIRECT_MANAGER,
    /** The receiver and everyone above them in the reporting line. */
    MANAGER_CHAIN
}
