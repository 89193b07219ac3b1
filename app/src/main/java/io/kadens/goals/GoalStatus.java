package io.kadens.goals;

/** A goal's life: drafted, worked on, then achieved, missed or cancelled (cancelled goals do not count in roll-ups). */
public enum GoalStatus {
    DRAFT, ACTIVE, ACHIEVED, MISSED, CANCELLED;

    public boolean isClosed() {
        return this == ACHIEVED || this == MISSED || this == CANCELLED;
    }
}
