package io.kadens.settings;

/** How often a manager and a report meet for a 1:1 unless a pair chooses otherwise. */
public enum CheckInCadence {
    WEEKLY(7), BIWEEKLY(14), MONTHLY(28);

    private final int days;

    CheckInCadence(int days) {
        this.days = days;
    }

    /** The usual gap between two meetings; monthly series keep the weekday, so four weeks. */
    public int days() {
        return days;
    }
}
