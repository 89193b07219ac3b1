package io.kadens.analytics;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.competencies.CompetencyAnalytics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Competencies: a heatmap of the average latest assessed level per department and competency. Assessments are
 * the people's standing today, so the period does not narrow it; trends are the other pages'.
 */
@Component
class CompetenciesSection implements AnalyticsContribution {

    private final CompetencyAnalytics competencies;

    CompetenciesSection(CompetencyAnalytics competencies) {
        this.competencies = competencies;
    }

    @Override
    public String id() {
        return "competencies";
    }

    @Override
    public String titleKey() {
        return "analytics.section.competencies";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        List<CompetencyAnalytics.CompetencyCell> cells = competencies.heatmap(scope.cohort());
        Map<UUID, String> names = new LinkedHashMap<>();
        cells.stream().sorted(java.util.Comparator.comparing(CompetencyAnalytics.CompetencyCell::competency,
                String.CASE_INSENSITIVE_ORDER)).forEach(cell -> names.putIfAbsent(cell.competencyId(), cell.competency()));
        List<UUID> order = new ArrayList<>(names.keySet());
        int width = order.size() * 2;
        AnalyticsScope.Tally tally = new AnalyticsScope.Tally(width);
        for (CompetencyAnalytics.CompetencyCell cell : cells) {
            double[] figures = new double[width];
            int index = order.indexOf(cell.competencyId());
            figures[2 * index] = cell.levelSum();
            figures[2 * index + 1] = cell.people();
            tally.add(cell.departmentId(), cell.pilot(), figures);
        }
        List<Column> columns = order.stream().map(id -> new Column(Label.text(names.get(id)), Format.AVERAGE)).toList();
        return List.of(scope.byDepartment("heatmap", "analytics.competencies.heatmap", Kind.HEATMAP, columns,
                tally.cells(), width, (s, people) -> {
                    List<Double> averages = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        averages.add(s[2 * i + 1] == 0 ? null : Math.round(10 * s[2 * i] / s[2 * i + 1]) / 10.0);
                    }
                    return averages;
                }));
    }
}
