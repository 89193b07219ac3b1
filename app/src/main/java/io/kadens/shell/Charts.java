package io.kadens.shell;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import io.kadens.people.DepartmentHeadcount;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** ECharts options for the shell's charts, and the same figures as a table for screen readers. */
final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {
    }

    static String horizontalBars(List<String> labels, List<Integer> values, String seriesName) {
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", labels),
                "series", List.of(Map.of("name", seriesName, "type", "bar", "data", values,
                        "itemStyle", Map.of("color", "#2f6f5e"),
                        "label", Map.of("show", true, "position", "right"))));
        return JSON.writeValueAsString(option);
    }

    /** Bars of percentages 0–100 on an axis that always ends at 100 %. */
    static String percentBars(List<String> labels, List<Integer> percents, String seriesName) {
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %")),
                "yAxis", Map.of("type", "category", "inverse", true, "data", labels),
                "series", List.of(Map.of("name", seriesName, "type", "bar", "data", percents,
                        "itemStyle", Map.of("color", "#2f6f5e"),
                        "label", Map.of("show", true, "position", "right", "formatter", "{c} %"))));
        return JSON.writeValueAsString(option);
    }

    static NativeTable accessibleTable(List<DepartmentHeadcount> rows, String nameHeader, String valueHeader) {
        return accessibleTable(rows.stream().map(DepartmentHeadcount::name).toList(),
                rows.stream().map(row -> String.valueOf(row.activePeople())).toList(), nameHeader, valueHeader);
    }

    /** The figures of a chart as a table only screen readers see: one row per label. */
    static NativeTable accessibleTable(List<String> labels, List<String> values, String nameHeader, String valueHeader) {
        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(nameHeader), new NativeTableHeaderCell(valueHeader)));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < labels.size(); i++) {
            body.add(new NativeTableRow(new NativeTableCell(labels.get(i)), new NativeTableCell(values.get(i))));
        }
        table.add(head, body);
        return table;
    }
}
