package io.kadens.oneonones.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import io.kadens.frontend.EChart;
import io.kadens.oneonones.TeamAdherence;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Check-in adherence per team as a bar chart, with the same figures in a table for screen readers. */
class AdherencePanel extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    AdherencePanel(List<TeamAdherence> teams, int days) {
        setId("checkins-adherence");
        addClassName("k-card");
        add(new H2(getTranslation("checkins.adherence.heading")));
        Paragraph period = new Paragraph(getTranslation("checkins.adherence.period", days));
        period.addClassName("k-muted");
        add(period);
        if (teams.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkins.adherence.empty"));
            none.addClassName("k-muted");
            add(none);
            return;
        }
        List<String> names = teams.stream().map(this::name).toList();
        List<Long> percents = teams.stream().map(t -> Math.round(t.share() * 100)).toList();
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 32, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %")),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names),
                "series", List.of(Map.of("name", getTranslation("checkins.adherence.on-time"), "type", "bar",
                        "data", percents, "itemStyle", Map.of("color", "#2f6f5e"),
                        "label", Map.of("show", true, "position", "right", "formatter", "{c} %"))));
        EChart chart = new EChart(getTranslation("checkins.adherence.chart"));
        chart.setId("checkins-adherence-chart");
        chart.setWidthFull();
        chart.setHeight(Math.max(160, 48 * teams.size()) + "px");
        chart.setOption(JSON.writeValueAsString(option));

        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("checkins-adherence-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("checkins.adherence.team")),
                new NativeTableHeaderCell(getTranslation("checkins.adherence.due")),
                new NativeTableHeaderCell(getTranslation("checkins.adherence.on-time")),
                new NativeTableHeaderCell(getTranslation("checkins.adherence.share"))));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < teams.size(); i++) {
            TeamAdherence team = teams.get(i);
            body.add(new NativeTableRow(new NativeTableCell(names.get(i)),
                    new NativeTableCell(String.valueOf(team.due())), new NativeTableCell(String.valueOf(team.onTime())),
                    new NativeTableCell(percents.get(i) + " %")));
        }
        table.add(head, body);
        add(chart, table);
    }

    private String name(TeamAdherence team) {
        return team.teamName() == null ? getTranslation("checkins.adherence.no-team") : team.teamName();
    }
}
