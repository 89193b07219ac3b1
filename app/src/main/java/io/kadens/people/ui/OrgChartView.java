package io.kadens.people.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.TreeChart;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.OrgChartNode;
import io.kadens.people.PeopleService;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The interactive org chart: the reporting lines as a tree grid that loads one level at a time
 * (usable at 10,000 people), with headcounts per node, keyboard navigation from the grid itself,
 * and a search that expands the path to a person and highlights them.
 */
@StyleSheet("context://kadens/people-admin.css")
@Route("admin/org-chart")
@Menu(order = 21, title = "people-admin.nav.org-chart", icon = "vaadin:sitemap")
@RolesAllowed(Role.HR_ADMIN_NAME)
class OrgChartView extends Main implements PageTitles.Translated, BeforeEnterObserver {

    /** {@code admin/org-chart?person=<id>} opens the chart with that person revealed. */
    static final String PERSON = "person";

    private final transient PeopleService people;
    private final transient OrgChartLevels levels;
    private final TreeGrid<OrgChartNode> tree = new TreeGrid<>();
    private final Span found = new Span();
    private final TreeChart<OrgChartNode> diagram;
    private UUID highlighted;

    OrgChartView(PeopleService people) {
        this.people = people;
        this.levels = new OrgChartLevels(people);
        addClassName("k-page");
        AdminFields.useStyles(this);

        ComboBox<DirectoryEntry> search = AdminFields.personPicker(people, getTranslation("people-admin.org-chart.find"));
        search.setId("org-chart-search");
        search.setWidth("min(100%, 420px)");
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reveal(e.getValue());
            }
        });
        Button collapse = new Button(getTranslation("people-admin.org-chart.collapse-all"), click -> {
            tree.collapseRecursively(tree.getDataProvider().fetchChildren(new HierarchicalQuery<>(null, null)), 64);
        });
        collapse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        found.setId("org-chart-found");
        found.getElement().setAttribute("aria-live", "polite");

        tree.setId("org-chart");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<OrgChartNode, Void>() {
            @Override
            protected Stream<OrgChartNode> fetchChildrenFromBackEnd(HierarchicalQuery<OrgChartNode, Void> query) {
                return children(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public int getChildCount(HierarchicalQuery<OrgChartNode, Void> query) {
                return query.getParent() == null ? children(null).size() : query.getParent().directReports();
            }

            @Override
            public boolean hasChildren(OrgChartNode item) {
                return item.directReports() > 0;
            }

            @Override
            public Object getId(OrgChartNode item) {
                return item.person().id();
            }
        });
        tree.addComponentHierarchyColumn(this::card).setHeader(getTranslation("people-admin.field.name"))
                .setWidth("24rem").setFlexGrow(3);
        tree.addColumn(node -> node.person().jobTitle()).setHeader(getTranslation("people-admin.field.job-title")).setFlexGrow(2);
        tree.addColumn(node -> node.person().departmentName()).setHeader(getTranslation("people-admin.field.department"));
        tree.addColumn(node -> node.person().teamName()).setHeader(getTranslation("people-admin.field.team"));
        tree.addColumn(node -> getTranslation("people-admin.org-chart.counts", node.directReports(), node.headcount()))
                .setHeader(getTranslation("people-admin.org-chart.headcount")).setAutoWidth(true);
        tree.setPartNameGenerator(node -> node.person().id().equals(highlighted) ? "k-highlight" : null);
        tree.setHeight("70vh");
        tree.getElement().setAttribute("aria-label", getTranslation("people-admin.nav.org-chart"));

        HorizontalLayout tools = new HorizontalLayout(search, collapse);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        // The chart next to the tree grid: a picture for the eye; the grid stays the keyboard and
        // screen-reader way through the same people, and the search above reveals a person in both.
        diagram = new OrgChartDiagram(levels, this::getTranslation).chart();
        diagram.setId("org-chart-diagram");
        diagram.chart().setId("org-chart-diagram-canvas");
        Paragraph hint = new Paragraph(getTranslation("org-chart.diagram.hint"));
        hint.addClassName("k-muted");
        H2 chartHeading = new H2(getTranslation("org-chart.diagram.heading"));
        H2 listHeading = new H2(getTranslation("org-chart.list.heading"));
        add(new H1(getTranslation("people-admin.nav.org-chart")), tools, found, chartHeading, hint, diagram,
                listHeading, tree);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PERSON).ifPresent(id -> {
            // Another tenant's id finds nobody (row-level security), exactly like an id that never existed.
            Optional<DirectoryEntry> person = parse(id).flatMap(people::find);
            if (person.isPresent()) {
                reveal(person.get());
            } else {
                found.setText(getTranslation("people-admin.org-chart.unknown"));
            }
        });
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<OrgChartNode> children(OrgChartNode parent) {
        return parent == null ? levels.roots() : levels.reportsOf(parent.person().id());
    }

    private Div card(OrgChartNode node) {
        DirectoryEntry person = node.person();
        var avatar = AdminFields.avatar(people, person);
        avatar.addClassName("k-org-avatar");
        Anchor name = new Anchor("people/" + person.id(), person.fullName());
        Div card = new Div(avatar, name);
        card.addClassName("k-org-card");
        if (person.id().equals(highlighted)) {
            Span mark = new Span(getTranslation("people-admin.org-chart.found"));
            mark.addClassName("k-badge");
            card.add(mark);
        }
        return card;
    }

    /** Expands every manager above the person, top down, then scrolls to and highlights them. */
    private void reveal(DirectoryEntry person) {
        List<UUID> chain = new ArrayList<>(people.managerChain(person.id()));
        Collections.reverse(chain);
        chain.add(person.id());
        List<OrgChartNode> level = levels.roots();
        List<Integer> path = new ArrayList<>();
        List<OrgChartNode> toExpand = new ArrayList<>();
        OrgChartNode target = null;
        for (UUID id : chain) {
            int index = indexOf(level, id);
            if (index < 0) {
                break;
            }
            path.add(index);
            target = level.get(index);
            if (!id.equals(person.id())) {
                toExpand.add(target);
                level = levels.reportsOf(id);
            }
        }
        if (target == null || !target.person().id().equals(person.id())) {
            found.setText(getTranslation("people-admin.org-chart.not-in-chart", person.fullName()));
            return;
        }
        highlighted = person.id();
        diagram.reveal(chain.stream().map(UUID::toString).toList());
        tree.expand(toExpand);
        tree.getDataProvider().refreshAll();
        tree.select(target);
        tree.scrollToIndex(path.stream().mapToInt(Integer::intValue).toArray());
        found.setText(getTranslation("people-admin.org-chart.revealed", person.fullName(), chain.size() - 1));
    }

    private static int indexOf(List<OrgChartNode> nodes, UUID id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).person().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String titleKey() {
        return "people-admin.nav.org-chart";
    }
}
