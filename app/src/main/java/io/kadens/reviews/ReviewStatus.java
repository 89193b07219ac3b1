package io.kadens.reviews;

/** Where one review stands. */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
