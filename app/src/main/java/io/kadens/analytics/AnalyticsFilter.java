package io.kadens.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What an analytics page shows: the months {@code from} to {@code to} (both included), optionally narrowed to one
 * department and/or to the people in ({@code pilot} true) or outside (false) the pilot groups. Null means no
 * narrowing; null months mean the last twelve.
 */
public record AnalyticsFilter(UUID departmentId, Boolean pilot, YearMonth from, YearMonth to) {

    /** The longest period one page covers. */
    public static final int MAX_MONTHS = 24;

    public static AnalyticsFilter lastTwelveMonths(YearMonth current) {
        return new AnalyticsFilter(null, null, current.minusMonths(11), current);
    }

    /** The first day of the period. */
    LocalDate start() {
        return from.atDay(1);
    }

    /** The day after the period. */
    LocalDate end() {
        return to.plusMonths(1).atDay(1);
    }
}
