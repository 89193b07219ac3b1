package io.kadens.reviews;

/** A cycle is drafted, launched (active), possibly paused, and finally closed. */
public enum CycleStatus {
    DRAFT, ACTIVE, PAUSED, CLOSED
}
