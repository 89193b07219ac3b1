package io.kadens.reviews;

/** The forms of a review a question appears on: who writes the answer about whom. */
public enum ReviewForm {
    /** The reviewee about themselves. */
    SELF,
    /** The reviewee's manager. */
    MANAGER,
    /** A nominated peer. */
    PEER,
    /** A report about their manager. */
    UPWARD
}
