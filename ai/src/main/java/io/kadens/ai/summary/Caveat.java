package io.kadens.ai.summary;

/**
 * Something the reader should keep in mind: what is missing or skewed.
 *
 * @param kind  what
 * @param value the number that goes with it (weeks, percent, items), or 0
 */
public record Caveat(Kind kind, int value) {

    public enum Kind {
        /** Fewer items than a summary can rest on ({@code value}: how many there are). */
        TOO_FEW_ITEMS,
        /** No feedback from colleagues. */
        NO_PEER_FEEDBACK,
        /** No feedback from the person's reports although they have some. */
        NO_UPWARD_FEEDBACK,
        /** No feedback from the manager. */
        NO_MANAGER_FEEDBACK,
        /** Nothing dated in the last {@code value} weeks. */
        NOTHING_RECENT,
        /** {@code value} percent of the dated items are from the last 30 days: recent events may weigh too much. */
        MOSTLY_RECENT,
        /** The items hold no recurring theme. */
        NO_THEMES
    }
}
