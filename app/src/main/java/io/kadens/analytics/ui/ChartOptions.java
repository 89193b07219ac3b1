package io.kadens.analytics.ui;

import io.kadens.analytics.AnalyticsChart;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsTexts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The ECharts option object of an analytics chart: labels in the reader's language, people counts on the axis. */
final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PALETTE = List.of("#2f6f5e", "#c0622f", "#3d5a98", "#8a6d00", "#7b3f8c", "#5c5c5c");

    private ChartOptions() {
    }

    static String of(AnalyticsChart chart, AnalyticsTexts texts, Locale locale) {
        List<String> rowLabels = chart.rows().stream().map(row -> rowLabel(row, texts, locale)).toList();
        List<String> columnLabels = chart.columns().stream().map(column -> texts.label(column.label(), locale)).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", PALETTE);
        option.put("tooltip", Map.of("trigger", chart.kind() == Kind.HEATMAP ? "item" : "axis"));
        option.put("animation", false);
        if (chart.kind() == Kind.HEATMAP) {
            List<List<Object>> data = new ArrayList<>();
            for (int y = 0; y < chart.rows().size(); y++) {
                for (int x = 0; x < chart.columns().size(); x++) {
                    Double value = chart.rows().get(y).values().get(x);
                    data.add(java.util.Arrays.asList(x, y, value == null ? "-" : value));
                }
            }
            option.put("grid", Map.of("left", 8, "right", 8, "top", 8, "bottom", 64, "containLabel", true));
            option.put("xAxis", Map.of("type", "category", "data", columnLabels, "axisLabel", Map.of("interval", 0, "rotate", 30)));
            option.put("yAxis", Map.of("type", "category", "data", rowLabels, "inverse", true));
            option.put("visualMap", Map.of("min", 1, "max", 5, "calculable", false, "orient", "horizontal",
                    "left", "center", "bottom", 0, "inRange", Map.of("color", List.of("#f3efe6", "#2f6f5e"))));
            option.put("series", List.of(Map.of("type", "heatmap", "data", data, "label", Map.of("show", true))));
            return JSON.writeValueAsString(option);
        }
        boolean lines = chart.kind() == Kind.LINES;
        boolean percent = chart.columns().stream().allMatch(column -> column.format() == Format.PERCENT);
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("type", "value");
        if (percent) {
            valueAxis.put("min", 0);
            valueAxis.put("max", 100);
            valueAxis.put("axisLabel", Map.of("formatter", "{value} %"));
        }
        option.put("legend", Map.of("top", 0, "data", columnLabels));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", rowLabels, "axisLabel", Map.of("interval", 0, "rotate",
                rowLabels.size() > 6 ? 30 : 0)));
        option.put("yAxis", valueAxis);
        List<Map<String, Object>> series = new ArrayList<>();
        for (int column = 0; column < chart.columns().size(); column++) {
            List<Object> data = new ArrayList<>();
            for (AnalyticsChart.Row row : chart.rows()) {
                Double value = row.values().get(column);
                data.add(value == null ? "-" : value);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", columnLabels.get(column));
            one.put("type", lines ? "line" : "bar");
            one.put("data", data);
            if (chart.kind() == Kind.STACKED_BARS) {
                one.put("stack", "total");
            }
            series.add(one);
        }
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    /** "Sales (12)", "Sales (hidden)", or a short month for trends. */
    static String rowLabel(AnalyticsChart.Row row, AnalyticsTexts texts, Locale locale) {
        if (row.label().kind() == AnalyticsChart.LabelKind.MONTH) {
            return texts.shortMonth(YearMonth.parse(row.label().value()), locale);
        }
        String label = texts.label(row.label(), locale);
        return row.suppressed() ? texts.translate("analytics.row.suppressed", locale, label)
                : row.people() == null ? label : texts.translate("analytics.row.people", locale, label, row.people());
    }
}
