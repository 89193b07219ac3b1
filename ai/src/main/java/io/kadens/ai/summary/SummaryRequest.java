package io.kadens.ai.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to summarise.
 *
 * @param items           the feedback the requester may see about the person in the period
 * @param from            first day of the period
 * @param to              last day of the period
 * @param today           the day the summary is made (recency is measured from here or {@code to}, whichever is earlier)
 * @param expectedSources sources the person could have feedback from (upward only for people with reports);
 *                        a missing one becomes a caveat
 * @param competencies    the tenant's framework competencies a theme may be named after (may be empty)
 */
public record SummaryRequest(List<FeedbackItem> items, LocalDate from, LocalDate to, LocalDate today,
                             Set<SummarySource> expectedSources, List<CompetencyName> competencies) {

    /** A request without competencies: every theme is named from its items. */
    public SummaryRequest(List<FeedbackItem> items, LocalDate from, LocalDate to, LocalDate today,
                          Set<SummarySource> expectedSources) {
        this(items, from, to, today, expectedSources, List.of());
    }

    public SummaryRequest {
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        expectedSources = expectedSources == null ? Set.of() : Set.copyOf(expectedSources);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** The day recency is measured from: the end of the period, unless that lies in the future. */
    public LocalDate reference() {
        return to.isAfter(today) ? today : to;
    }
}
