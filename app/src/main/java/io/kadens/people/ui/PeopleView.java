package io.kadens.people.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.people.DepartmentHeadcount;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The company directory: search by name, email, title or department. */
@StyleSheet("context://kadens/people-admin.css")
@Uses(Avatar.class)
@Route("people")
@Menu(order = 1, title = "nav.people", icon = "vaadin:users")
@RolesAllowed(Role.EMPLOYEE_NAME)
class PeopleView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    /** {@code people?q=...} opens the directory with that search, e.g. from a department card. */
    static final String QUERY = "q";
    static final String DEPARTMENT = "department";

    private final transient PeopleService people;
    private final Grid<DirectoryEntry> grid = new Grid<>();
    private ResponsiveList<DirectoryEntry> list;
    private final TextField search = new TextField();
    private final ComboBox<DepartmentHeadcount> department = new ComboBox<>();

    PeopleView(PeopleService people) {
        this.people = people;
        addClassName("k-page");
        AdminFields.useStyles(this);

        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");
        search.setWidth("min(100%, 420px)");
        search.addValueChangeListener(change -> refresh());

        department.setLabel(getTranslation("people.department"));
        department.setPlaceholder(getTranslation("people.department.all"));
        department.setItems(people.headcounts());
        department.setItemLabelGenerator(d -> getTranslation("people.department.item", d.name(), d.activePeople()));
        department.setClearButtonVisible(true);
        department.setId("people-department");
        department.addValueChangeListener(change -> refresh());

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(nameCell())
                .setHeader(getTranslation("people.name")).setFlexGrow(2).setSortable(false);
        grid.addColumn(DirectoryEntry::jobTitle).setHeader(getTranslation("people.title")).setFlexGrow(2);
        grid.addColumn(DirectoryEntry::departmentName).setHeader(getTranslation("people.department"));
        grid.addColumn(DirectoryEntry::teamName).setHeader(getTranslation("people-admin.profile.team"));
        grid.addColumn(DirectoryEntry::managerName).setHeader(getTranslation("people.manager"));
        grid.addColumn(DirectoryEntry::location).setHeader(getTranslation("people.location"));
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.getElement().setAttribute("aria-label", getTranslation("nav.people"));

        HorizontalLayout filters = new HorizontalLayout(search, department);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone: a card per person with what the directory is read for (title, department, manager).
        list = new ResponsiveList<>(grid, getTranslation("nav.people"))
                .cardTitle(person -> new Anchor("people/" + person.id(), person.fullName()))
                .cardFact("title", getTranslation("people.title"), DirectoryEntry::jobTitle)
                .cardFact("department", getTranslation("people.department"), DirectoryEntry::departmentName)
                .cardFact("manager", getTranslation("people.manager"), DirectoryEntry::managerName);
        add(new H1(getTranslation("nav.people")), filters, list);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(QUERY)
                .filter(query -> !query.equals(search.getValue()))
                .ifPresent(search::setValue);
        parameters.getSingleParameter(DEPARTMENT).ifPresent(id -> department.getListDataView().getItems()
                .filter(d -> d.departmentId().toString().equals(id)).findFirst().ifPresent(department::setValue));
    }

    private void refresh() {
        DepartmentHeadcount chosen = department.getValue();
        list.setItems(people.search(search.getValue(), chosen == null ? null : chosen.departmentId()));
    }

    /**
     * The name column: avatar and link drawn in the browser from a template and three values per row. A component
     * per row (a span, an avatar and a link each) made the page's answer about 160 state nodes larger for 40 people
     * (docs/decisions/2026-12-07-ui-cards-when-shown.md). A photo comes from the directory's own photo address, which
     * answers for the signed-in session within its organisation only (as the grid's download handler did).
     */
    static LitRenderer<DirectoryEntry> nameCell() {
        return LitRenderer.<DirectoryEntry>of("""
                        <span class="k-person-cell"><vaadin-avatar theme="xsmall" aria-hidden="true" .name="${item.name}" \
                        .img="${item.photo}"></vaadin-avatar><a href="${item.link}">${item.name}</a></span>""")
                .withProperty("name", DirectoryEntry::fullName)
                .withProperty("link", person -> "people/" + person.id())
                .withProperty("photo", person -> person.hasPhoto() ? "api/v1/people/" + person.id() + "/photo" : null);
    }

    @Override
    public String titleKey() {
        return "nav.people";
    }
}
