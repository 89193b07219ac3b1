package io.kadens.feedback;

import java.time.LocalDate;

/**
 * Narrows a list of feedback. Every narrowing re-applies the anonymity threshold to what remains, and
 * a date range matches anonymous items by their month only.
 *
 * @param from       first day, inclusive; null for no lower bound
 * @param to         last day, inclusive; null for no upper bound
 * @param competency only items about this competency; null for any
 * @param source     only items from this source; null for any
 */
public record FeedbackFilter(LocalDate from, LocalDate to, String competency, FeedbackSource source) {

    public static final FeedbackFilter ALL = new FeedbackFilter(null, null, null, null);

    public FeedbackFilter {
        competency = competency == null || competency.isBlank() ? null : competency.strip();
    }

    /** Whether anything narrows the list (counts of hidden anonymous items are only given without). */
    public boolean narrowed() {
        return from != null || to != null || competency != null || source != null;
    }
}
