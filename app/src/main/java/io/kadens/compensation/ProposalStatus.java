package io.kadens.compensation;

/** Where a proposal is on its way: being written, with a manager above, with HR, approved, or returned to its writer. */
public enum ProposalStatus {
    /** No proposal has been saved yet (a row of the worksheet only). */
    NONE,
    DRAFT, IN_APPROVAL, WITH_HR, APPROVED, RETURNED;

    /** The proposer may still change it. */
    public boolean editable() {
        return this == NONE || this == DRAFT || this == RETURNED;
    }
}
