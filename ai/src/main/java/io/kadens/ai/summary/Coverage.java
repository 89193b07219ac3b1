package io.kadens.ai.summary;

import java.time.LocalDate;
import java.util.Map;

/**
 * How much the summary rests on.
 *
 * @param items        how many items
 * @param bySource     items per source (every source present, zero included)
 * @param anonymous    how many of them are anonymous (and therefore undated)
 * @param firstDate    the earliest dated item; null when none is dated
 * @param lastDate     the latest dated item; null when none is dated
 * @param recentItems  dated items from the last {@value #RECENT_DAYS} days
 * @param recentShare  recentItems / dated items (0 when none is dated)
 */
public record Coverage(int items, Map<SummarySource, Integer> bySource, int anonymous, LocalDate firstDate,
                       LocalDate lastDate, int recentItems, double recentShare) {

    public static final int RECENT_DAYS = 30;

    public Coverage {
        bySource = Map.copyOf(bySource);
    }
}
