package io.kadens.analytics;

import java.util.List;

/**
 * One chart with the figures it draws, which are also its screen-reader table and its CSV export: one row per
 * x-axis entry (a department, a month, a cycle, the pilot or the rest), one column per series.
 *
 * @param id       stable within the section, for the CSV file name and element ids
 * @param titleKey i18n key of the title
 * @param detail   text after the title (a survey's title), or null
 * @param kind     how it is drawn
 * @param columns  the series
 * @param rows     the x-axis entries with one value per column (null: no figure)
 */
public record AnalyticsChart(String id, String titleKey, String detail, Kind kind, List<Column> columns, List<Row> rows) {

    public enum Kind { BARS, STACKED_BARS, LINES, HEATMAP }

    /** How a value reads: PERCENT holds 0–100, RATE a figure per person, COUNT whole numbers, AVERAGE a 1–5 mean. */
    public enum Format { PERCENT, RATE, COUNT, AVERAGE }

    /** A series: its label is an i18n key, or literal text (a competency's or survey question's name). */
    public record Column(Label label, Format format) {
    }

    /**
     * An x-axis entry. {@code people} is the number of people behind its figures, null when the group is
     * suppressed (fewer than the anonymity threshold, or it would single people out); its values are then null.
     */
    public record Row(Label label, Integer people, boolean suppressed, List<Double> values) {
    }

    /**
     * Text to show: an i18n key, a month ({@code yyyy-MM}, shown in the reader's locale) or literal text, which
     * may have a Swedish version ({@code valueSv}, else null).
     */
    public record Label(LabelKind kind, String value, String valueSv) {

        public static Label key(String key) {
            return new Label(LabelKind.KEY, key, null);
        }

        public static Label text(String text) {
            return new Label(LabelKind.TEXT, text, null);
        }

        public static Label text(String english, String swedish) {
            return new Label(LabelKind.TEXT, english, swedish);
        }

        public static Label month(java.time.YearMonth month) {
            return new Label(LabelKind.MONTH, month.toString(), null);
        }
    }

    public enum LabelKind { KEY, TEXT, MONTH }

    public AnalyticsChart(String id, String titleKey, Kind kind, List<Column> columns, List<Row> rows) {
        this(id, titleKey, null, kind, columns, rows);
    }

    public AnalyticsChart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
