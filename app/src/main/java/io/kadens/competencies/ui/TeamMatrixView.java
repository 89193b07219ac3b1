package io.kadens.competencies.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.competencies.Assessments;
import io.kadens.competencies.TeamMatrix;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team competency matrix for managers (and HR admins, for their own organisation): a heatmap of the
 * people below them × competencies, coloured by current level, with the figures in a table.
 */
@Route("team-skills")
@Menu(order = 9, title = "assessments.team.nav", icon = "vaadin:grid-small")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_ADMIN_NAME})
class TeamMatrixView extends Main implements PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    TeamMatrixView(Assessments assessments) {
        addClassName("k-page");
        add(new H1(getTranslation("assessments.team.heading")));
        TeamMatrix matrix = assessments.teamMatrix(null);
        if (matrix.people().isEmpty() || matrix.competencies().isEmpty()) {
            add(new EmptyState(getTranslation("assessments.team.empty"), getTranslation("assessments.team.empty.help")));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("assessments.team.help"));
        help.addClassName("k-muted");
        add(help, chart(matrix), table(matrix));
    }

    private EChart chart(TeamMatrix matrix) {
        List<String> competencies = matrix.competencies().stream().map(TeamMatrix.Column::name).toList();
        List<String> people = matrix.people().stream().map(TeamMatrix.Row::name).toList();
        List<List<Object>> data = new ArrayList<>();
        for (int y = 0; y < matrix.people().size(); y++) {
            TeamMatrix.Row row = matrix.people().get(y);
            for (int x = 0; x < matrix.competencies().size(); x++) {
                Integer level = row.current().get(matrix.competencies().get(x).competencyId());
                if (level != null) {
                    data.add(List.of(x, y, level));
                }
            }
        }
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 8, "right", 8, "top", 8, "bottom", 60, "containLabel", true),
                "xAxis", Map.of("type", "category", "data", competencies, "axisLabel", Map.of("rotate", 30)),
                "yAxis", Map.of("type", "category", "data", people),
                "visualMap", Map.of("min", 1, "max", matrix.scale(), "calculable", false, "orient", "horizontal",
                        "left", "center", "bottom", 0, "inRange", Map.of("color", List.of("#f3e3c3", "#2f6f5e"))),
                "series", List.of(Map.of("type", "heatmap", "data", data, "label", Map.of("show", true))));
        EChart chart = new EChart(getTranslation("assessments.team.chart"));
        chart.setId("team-skills-chart");
        chart.setHeight(Math.max(240, 48 * people.size() + 120) + "px");
        chart.setOption(JSON.writeValueAsString(option));
        return chart;
    }

    /** The heatmap's figures: current over expected level per person and competency. */
    private Div table(TeamMatrix matrix) {
        NativeTable table = new NativeTable();
        table.setId("team-skills-table");
        table.getElement().setAttribute("aria-label", getTranslation("assessments.team.table"));
        NativeTableRow headRow = new NativeTableRow(new NativeTableHeaderCell(getTranslation("assessments.person")));
        matrix.competencies().forEach(c -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(c.name());
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (TeamMatrix.Row row : matrix.people()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(new Anchor("skills/" + row.personId(), row.name()));
            name.getElement().setAttribute("scope", "row");
            NativeTableRow tableRow = new NativeTableRow(name);
            for (TeamMatrix.Column column : matrix.competencies()) {
                Integer current = row.current().get(column.competencyId());
                Integer expected = row.expected().get(column.competencyId());
                tableRow.add(new NativeTableCell(getTranslation("assessments.team.cell",
                        current == null ? getTranslation("assessments.none") : current,
                        expected == null ? getTranslation("assessments.none") : expected)));
            }
            body.add(tableRow);
        }
        table.add(head, body);
        Div wrapper = new Div(table);
        wrapper.getStyle().set("overflow-x", "auto");
        return wrapper;
    }

    @Override
    public String titleKey() {
        return "assessments.team.heading";
    }
}
