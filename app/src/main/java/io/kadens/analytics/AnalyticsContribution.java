package io.kadens.analytics;

import java.util.List;

/**
 * The extension point for features that add their own analytics page, such as development plans (coverage and
 * progress, issue 16): a Spring bean implementing this interface becomes a page of the analytics view and of
 * {@code /api/v1/analytics/{section}} with the same access rules, filter, anonymity and chart rendering as the
 * built-in pages. The contributing feature depends on {@code analytics} (add the arrow in ModularityTests), never
 * the reverse.
 *
 * <p>An implementation counts its figures in SQL for {@link AnalyticsScope#cohort()} (join
 * {@link io.kadens.platform.Cohort#SQL}) and turns them into charts with {@link AnalyticsScope#byDepartment},
 * {@link AnalyticsScope#pilotAndRest} and {@link AnalyticsScope#monthly}, which apply the anonymity rules.
 */
public interface AnalyticsContribution {

    /** The section's id in the route and the REST path: lower-case letters and dashes. */
    String id();

    /** The i18n key of the page title. */
    String titleKey();

    /** Where the page sits among the others (the built-in pages use 10, 20, ... 80). */
    int order();

    List<AnalyticsChart> charts(AnalyticsScope scope);

    /**
     * When the page reads figures kept by a scheduled job rather than counted for this request: the time they were
     * computed (the page shows "as of"); empty when every figure is counted live.
     */
    default java.util.Optional<java.time.OffsetDateTime> keptAsOf(AnalyticsScope scope) {
        return java.util.Optional.empty();
    }
}
