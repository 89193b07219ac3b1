package io.kadens.analytics;

import java.util.List;

/**
 * One analytics page: its charts for a filter, with the anonymity threshold that applied, and when some of its
 * figures were read from kept figures, the time those were computed ({@code keptAsOf}, else null).
 */
public record AnalyticsSection(String id, String titleKey, AnalyticsFilter filter, int threshold,
                               List<AnalyticsChart> charts, java.time.OffsetDateTime keptAsOf) {

    public AnalyticsSection {
        charts = List.copyOf(charts);
    }
}
