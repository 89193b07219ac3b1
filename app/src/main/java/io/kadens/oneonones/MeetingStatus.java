package io.kadens.oneonones;

/** Where a meeting stands: still ahead, held (its agenda is then closed), or called off. */
public enum MeetingStatus {
    SCHEDULED, COMPLETED, CANCELLED;

    /** Only a scheduled meeting is open: it may be rescheduled, held or called off, and its agenda edited. */
    public boolean isOpen() {
        return this == SCHEDULED;
    }

    /** SCHEDULED → COMPLETED or CANCELLED; a held or cancelled meeting stays as it is. */
    public boolean canMoveTo(MeetingStatus next) {
        return this == SCHEDULED && next != SCHEDULED;
    }
}
