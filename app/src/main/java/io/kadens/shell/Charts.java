package io.kadens.shell;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import io.kadens.people.DepartmentHeadcount;
import java.util.List;
import java.util.stream.Collectors;

/** ECharts options for the shell's charts, and the same figures as a table for screen readers. */
final class Charts {

    private Charts() {
    }

    static String horizontalBars(List<String> labels, List<Integer> values, String seriesName) {
        return """
                {"grid":{"left":8,"right":24,"top":8,"bottom":8,"containLabel":true},
                 "tooltip":{"trigger":"axis"},
                 "xAxis":{"type":"value","minInterval":1},
                 "yAxis":{"type":"category","inverse":true,"data":[%s]},
                 "series":[{"name":%s,"type":"bar","data":[%s],"itemStyle":{"color":"#2f6f5e"},
                            "label":{"show":true,"position":"right"}}]}
                """.formatted(
                labels.stream().map(Charts::json).collect(Collectors.joining(",")),
                json(seriesName),
                values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    static NativeTable accessibleTable(List<DepartmentHeadcount> rows, String nameHeader, String valueHeader) {
        NativeTable table = new NativeTable();
        table.addClassName("sr-only");
        table.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden").set("clip", "rect(0 0 0 0)");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(nameHeader), new NativeTableHeaderCell(valueHeader)));
        NativeTableBody body = new NativeTableBody();
        rows.forEach(row -> body.add(new NativeTableRow(new NativeTableCell(row.name()),
                new NativeTableCell(String.valueOf(row.activePeople())))));
        table.add(head, body);
        return table;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
