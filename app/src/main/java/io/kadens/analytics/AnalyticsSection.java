package io.kadens.analytics;

import java.util.List;

/** One analytics page: its charts for a filter, with the anonymity threshold that applied. */
public record AnalyticsSection(String id, String titleKey, AnalyticsFilter filter, int threshold,
                               List<AnalyticsChart> charts) {

    public AnalyticsSection {
        charts = List.copyOf(charts);
    }
}
