package io.kadens.people.ui;

import io.kadens.frontend.TreeChart;
import io.kadens.people.OrgChartNode;
import io.kadens.people.PeopleService;
import java.util.List;

/**
 * The org chart's picture: the reporting lines as an ECharts tree that loads one manager's reports at a
 * time through {@link PeopleService} (its rules decide who is shown: the tenant's active people, never
 * for the operator), so the browser never receives the whole organisation.
 */
final class OrgChartDiagram implements TreeChart.Source<OrgChartNode> {

    /** Translation, e.g. a view's {@code getTranslation}. */
    interface Texts {
        String get(String key, Object... parameters);
    }

    private final OrgChartLevels levels;
    private final Texts texts;

    OrgChartDiagram(PeopleService people, Texts texts) {
        this(new OrgChartLevels(people), texts);
    }

    /** A chart that shares its reads with the view's tree grid: each level is read once per view. */
    OrgChartDiagram(OrgChartLevels levels, Texts texts) {
        this.levels = levels;
        this.texts = texts;
    }

    /** The chart, with the first view loaded: the top of the organisation and the level below. */
    TreeChart<OrgChartNode> chart() {
        return new TreeChart<>(texts.get("org-chart.diagram.label"),
                texts.get("org-chart.diagram.top"), this);
    }

    @Override
    public List<OrgChartNode> roots() {
        return levels.roots();
    }

    @Override
    public List<OrgChartNode> children(OrgChartNode parent) {
        return levels.reportsOf(parent.person().id());
    }

    @Override
    public String id(OrgChartNode node) {
        return node.person().id().toString();
    }

    @Override
    public String label(OrgChartNode node) {
        return node.person().fullName();
    }

    @Override
    public String detail(OrgChartNode node) {
        String title = node.person().jobTitle() == null ? "" : node.person().jobTitle();
        return texts.get("org-chart.diagram.detail", title, node.directReports(), node.headcount());
    }

    @Override
    public int childCount(OrgChartNode node) {
        return node.directReports();
    }
}
