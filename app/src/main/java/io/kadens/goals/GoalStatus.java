package io.kadens.goals;

/**
 * A goal's life: drafted, worked on, then achieved, missed or cancelled (cancelled goals do not count in
 * roll-ups). The status knows where it may go next; a closed goal may be reopened.
 */
public enum GoalStatus {
    DRAFT, ACTIVE, ACHIEVED, MISSED, CANCELLED;

    public boolean isClosed() {
        return this == ACHIEVED || this == MISSED || this == CANCELLED;
    }

    /** DRAFT → ACTIVE or CANCELLED; ACTIVE → ACHIEVED, MISSED or CANCELLED; a closed goal back to ACTIVE. */
    public boolean canMoveTo(GoalStatus next) {
        return switch (this) {
            case DRAFT -> next == ACTIVE || next == CANCELLED;
            case ACTIVE -> next == ACHIEVED || next == MISSED || next == CANCELLED;
            case ACHIEVED, MISSED, CANCELLED -> next == ACTIVE;
        };
    }
}
