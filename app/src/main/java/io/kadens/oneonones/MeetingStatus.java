package io.kadens.oneonones;

/** Where a meeting stands: still ahead, held (its agenda is then closed), or called off. */
public enum MeetingStatus {
    SCHEDULED, COMPLETED, CANCELLED
}
