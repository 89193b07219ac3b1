package io.kadens.reviews;

/** Where a peer nomination stands. */
public enum NominationStatus {
    /** Nominated by the employee; waits for the manager. */
    PENDING,
    /** Approved (or added) by the manager: the nominee has a peer review to write. */
    APPROVED,
    /** The manager said no. */
    REJECTED,
    /** The nominee said no, with a reason. */
    DECLINED
}
