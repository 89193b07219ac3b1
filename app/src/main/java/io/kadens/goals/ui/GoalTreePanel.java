package io.kadens.goals.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycle;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalTreeNode;
import io.kadens.goals.GoalTreeQuery;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.Health;
import io.kadens.people.Department;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The company's alignment tree. Unfiltered, it loads lazily: the roots first, then the children of
 * a goal when it is expanded (one query per level, {@link GoalQueries#treeLevel}); the expand toggle comes
 * from the goal's count of visible children. With a search or filter it asks for the matching goals
 * and their ancestors at once ({@link GoalQueries#tree}) and shows them expanded, so every match is visible.
 */
class GoalTreePanel extends Div {

    private final transient GoalQueries goals;
    private final TreeGrid<GoalSummary> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Select<Department> department = new Select<>();
    private final Select<GoalCycle> cycle = new Select<>();
    private final Select<Health> health = new Select<>();
    private final Span status = new Span();

    GoalTreePanel(GoalQueries goals, GoalAdministration administration, List<Department> departments) {
        this.goals = goals;
        setId("goals-tree-panel");

        search.setLabel(getTranslation("goals-ui.tree.search"));
        search.setId("goals-tree-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addValueChangeListener(change -> refresh());

        department.setLabel(getTranslation("goals-ui.department"));
        department.setId("goals-tree-department");
        department.setItems(departments);
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("goals-ui.any"));
        department.setItemLabelGenerator(d -> d == null ? getTranslation("goals-ui.any") : d.name());
        department.addValueChangeListener(change -> refresh());

        cycle.setLabel(getTranslation("goals-ui.period"));
        cycle.setId("goals-tree-cycle");
        cycle.setItems(administration.cycles());
        cycle.setEmptySelectionAllowed(true);
        cycle.setEmptySelectionCaption(getTranslation("goals-ui.period.all"));
        cycle.setItemLabelGenerator(c -> c == null ? getTranslation("goals-ui.period.all") : c.name());
        cycle.addValueChangeListener(change -> refresh());

        health.setLabel(getTranslation("goals-ui.health"));
        health.setId("goals-tree-health");
        health.setItems(Health.values());
        health.setEmptySelectionAllowed(true);
        health.setEmptySelectionCaption(getTranslation("goals-ui.any"));
        health.setItemLabelGenerator(h -> h == null ? getTranslation("goals-ui.any") : GoalTexts.label(this, "health", h));
        health.addValueChangeListener(change -> refresh());

        tree.setId("goals-tree");
        tree.getElement().setAttribute("aria-label", getTranslation("goals-ui.tree.label"));
        tree.addComponentHierarchyColumn(goal -> new Anchor("goals/" + goal.id(), goal.title()))
                .setHeader(getTranslation("goals-ui.goal")).setFlexGrow(4);
        tree.addColumn(goal -> GoalTexts.label(this, "level", goal.level())).setHeader(getTranslation("goals-ui.level"));
        tree.addColumn(goal -> goal.owner() == null ? "" : goal.owner().name()).setHeader(getTranslation("goals-ui.owner"))
                .setFlexGrow(2);
        tree.addColumn(goal -> GoalTexts.period(getLocale(), goal)).setHeader(getTranslation("goals-ui.period"))
                .setFlexGrow(2);
        tree.addComponentColumn(goal -> GoalTexts.healthBadge(this, goal.health(), goal.healthOverridden()))
                .setHeader(getTranslation("goals-ui.health")).setFlexGrow(2);
        tree.addComponentColumn(goal -> GoalTexts.progress(this, goal.title(), goal.progress()))
                .setHeader(getTranslation("goals-ui.progress")).setFlexGrow(2);
        tree.setEmptyStateText(getTranslation("goals-ui.tree.empty"));
        tree.setHeight("60vh");

        status.setId("goals-tree-status");
        status.addClassName("k-muted");
        status.getElement().setAttribute("aria-live", "polite");

        HorizontalLayout filters = new HorizontalLayout(search, department, cycle, health);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, status, tree);
        refresh();
    }

    private GoalTreeQuery query() {
        String text = search.getValue().strip();
        return new GoalTreeQuery(department.getValue() == null ? null : department.getValue().id(),
                cycle.getValue() == null ? null : cycle.getValue().id(), null, null, health.getValue(),
                text.isEmpty() ? null : text);
    }

    private void refresh() {
        GoalTreeQuery query = query();
        if (query.isUnfiltered()) {
            tree.setDataProvider(new LazyLevels(goals));
            status.setText(getTranslation("goals-ui.tree.browse"));
        } else {
            TreeData<GoalSummary> data = new TreeData<>();
            List<GoalSummary> expand = new ArrayList<>();
            int[] matches = {0};
            for (GoalTreeNode root : goals.tree(query)) {
                addNode(data, null, root, expand, matches);
            }
            tree.setDataProvider(new TreeDataProvider<>(data));
            tree.expand(expand);
            status.setText(getTranslation("goals-ui.tree.matches", matches[0]));
        }
        tree.getElement().setAttribute("data-query", search.getValue());
    }

    private static void addNode(TreeData<GoalSummary> data, GoalSummary parent, GoalTreeNode node,
                                List<GoalSummary> expand, int[] matches) {
        data.addItem(parent, node.goal());
        if (node.matched()) {
            matches[0]++;
        }
        if (!node.children().isEmpty()) {
            expand.add(node.goal());
        }
        for (GoalTreeNode child : node.children()) {
            addNode(data, node.goal(), child, expand, matches);
        }
    }

    /** One level of the tree per query, kept until the provider is replaced (a filter change or a new visit). */
    private static final class LazyLevels extends AbstractBackEndHierarchicalDataProvider<GoalSummary, Void> {

        private final transient GoalQueries goals;
        private final Map<UUID, List<GoalSummary>> levels = new HashMap<>();
        private static final UUID ROOTS = new UUID(0, 0);

        LazyLevels(GoalQueries goals) {
            this.goals = goals;
        }

        private List<GoalSummary> level(GoalSummary parent) {
            UUID key = parent == null ? ROOTS : parent.id();
            return levels.computeIfAbsent(key, k -> goals.treeLevel(parent == null ? null : parent.id(),
                    GoalTreeQuery.all()));
        }

        @Override
        public int getChildCount(HierarchicalQuery<GoalSummary, Void> query) {
            return level(query.getParent()).size();
        }

        @Override
        public boolean hasChildren(GoalSummary item) {
            return item.childCount() > 0;
        }

        @Override
        protected Stream<GoalSummary> fetchChildrenFromBackEnd(HierarchicalQuery<GoalSummary, Void> query) {
            return level(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
        }

        @Override
        public Object getId(GoalSummary item) {
            return item.id();
        }

        @Override
        public void refreshAll() {
            levels.clear();
            super.refreshAll();
        }
    }
}
