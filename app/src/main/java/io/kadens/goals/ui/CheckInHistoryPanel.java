package io.kadens.goals.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.goals.CheckIn;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goal's check-ins: progress and confidence over time as a chart, the same figures as a table
 * for screen readers, and the latest entries as text.
 */
class CheckInHistoryPanel extends GoalSection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    CheckInHistoryPanel(List<CheckIn> checkIns, ZoneId zone) {
        super("goal-history", "goals-ui.history.heading");
        if (checkIns.isEmpty()) {
            add(new EmptyState(getTranslation("goals-ui.history.empty.title"),
                    getTranslation("goals-ui.history.empty")));
            return;
        }
        DateTimeFormatter when = GoalTexts.dateTimes(getLocale(), zone);
        String progressName = getTranslation("goals-ui.progress");
        String confidenceName = getTranslation("goals-ui.checkin.confidence");
        add(chart(checkIns, when, progressName, confidenceName), table(checkIns, when, progressName, confidenceName),
                recent(checkIns, when));
    }

    private EChart chart(List<CheckIn> checkIns, DateTimeFormatter when, String progressName, String confidenceName) {
        List<String> labels = checkIns.stream().map(c -> when.format(c.at())).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 8, "top", 40, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", List.of(
                Map.of("type", "value", "name", progressName + " (%)", "min", 0, "max", 100),
                Map.of("type", "value", "name", confidenceName, "min", 0, "max", 10, "splitLine", Map.of("show", false))));
        option.put("series", List.of(
                Map.of("name", progressName, "type", "line", "yAxisIndex", 0, "smooth", false,
                        "data", checkIns.stream().map(c -> Math.round(c.goalProgress() * 1000) / 10.0).toList(),
                        "itemStyle", Map.of("color", "#2f6f5e")),
                Map.of("name", confidenceName, "type", "line", "yAxisIndex", 1, "lineStyle", Map.of("type", "dashed"),
                        "data", checkIns.stream().map(CheckIn::confidence).toList(),
                        "itemStyle", Map.of("color", "#8a5a00"))));
        EChart chart = new EChart(getTranslation("goals-ui.history.chart"));
        chart.setId("goal-history-chart");
        chart.setHeight("280px");
        chart.setOption(JSON.writeValueAsString(option));
        return chart;
    }

    private NativeTable table(List<CheckIn> checkIns, DateTimeFormatter when, String progressName,
                              String confidenceName) {
        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("goal-history-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("goals-ui.history.when")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.who")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.kr")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.value")),
                new NativeTableHeaderCell(progressName), new NativeTableHeaderCell(confidenceName),
                new NativeTableHeaderCell(getTranslation("goals-ui.checkin.comment"))));
        NativeTableBody body = new NativeTableBody();
        for (CheckIn checkIn : checkIns) {
            body.add(new NativeTableRow(new NativeTableCell(when.format(checkIn.at())),
                    new NativeTableCell(checkIn.author() == null ? "" : checkIn.author().name()),
                    new NativeTableCell(checkIn.keyResultTitle() == null ? "" : checkIn.keyResultTitle()),
                    new NativeTableCell(GoalTexts.number(getLocale(), checkIn.value())),
                    new NativeTableCell(GoalTexts.percent(getLocale(), checkIn.goalProgress())),
                    new NativeTableCell(String.valueOf(checkIn.confidence())),
                    new NativeTableCell(checkIn.comment() == null ? "" : checkIn.comment())));
        }
        table.add(head, body);
        return table;
    }

    /** The latest five as sentences for sighted readers; the table already says the same to screen readers. */
    private UnorderedList recent(List<CheckIn> checkIns, DateTimeFormatter when) {
        UnorderedList recent = new UnorderedList();
        recent.setId("goal-checkins");
        checkIns.reversed().stream().limit(5).forEach(checkIn -> recent.add(new ListItem(getTranslation(
                "goals-ui.history.entry", when.format(checkIn.at()),
                checkIn.author() == null ? "" : checkIn.author().name(),
                GoalTexts.percent(getLocale(), checkIn.goalProgress()), checkIn.confidence(),
                checkIn.comment() == null ? "" : checkIn.comment()))));
        recent.getElement().setAttribute("aria-hidden", "true");
        return recent;
    }
}
