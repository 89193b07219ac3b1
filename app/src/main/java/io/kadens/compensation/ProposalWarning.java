package io.kadens.compensation;

/** What a proposal's writer and approvers are warned of; none of them stops a proposal. */
public enum ProposalWarning {
    /** The raise differs from the merit matrix's guideline by more than one percentage point. */
    OUTSIDE_GUIDELINE,
    /** The department's proposed raises exceed its budget. */
    OVER_BUDGET,
    /** The person has no final rating in the review cycle, so no guideline applies. */
    NO_FINAL_RATING,
    /** No compa-ratio: no salary, no range for the person's level, or another currency. */
    NO_COMPA_RATIO,
    /** The person falls short of the target level's expected proficiency in at least one competency. */
    PROMOTION_GAPS
}
