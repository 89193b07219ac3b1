package io.kadens.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A chart's figures as CSV (RFC 4180, comma-separated): a header with the group, the number of people and each
 * series in the reader's language, then one line per row. Figures are plain numbers with a dot (percentages as
 * 0–100) and months as yyyy-MM, so spreadsheets in any locale read them; a suppressed row has empty figures.
 */
@Component
public class AnalyticsCsv {

    private final AnalyticsTexts texts;

    AnalyticsCsv(AnalyticsTexts texts) {
        this.texts = texts;
    }

    public String write(AnalyticsChart chart, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            header.add(texts.translate("analytics.table.group", locale));
            header.add(texts.translate("analytics.table.people", locale));
            chart.columns().forEach(column -> header.add(texts.label(column.label(), locale)));
            printer.printRecord(header);
            for (AnalyticsChart.Row row : chart.rows()) {
                List<String> line = new ArrayList<>();
                line.add(row.label().kind() == AnalyticsChart.LabelKind.MONTH ? row.label().value()
                        : texts.label(row.label(), locale));
                line.add(row.suppressed() ? texts.translate("analytics.suppressed-short", locale)
                        : row.people() == null ? "" : String.valueOf(row.people()));
                row.values().forEach(value -> line.add(value == null ? "" : plain(value)));
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String fileName(AnalyticsSection section, AnalyticsChart chart) {
        return ("kadens-analytics-" + section.id() + "-" + chart.id() + "-" + section.filter().from() + "-"
                + section.filter().to() + ".csv").replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
