package io.kadens.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The company directory: search by name, email, title or department. */
@Route("people")
@Menu(order = 1, title = "nav.people", icon = "vaadin:users")
@RolesAllowed(Role.EMPLOYEE_NAME)
class PeopleView extends Main implements HasDynamicTitle {

    private final transient PeopleService people;
    private final Grid<DirectoryEntry> grid = new Grid<>();
    private final TextField search = new TextField();

    PeopleView(PeopleService people) {
        this.people = people;
        addClassName("k-page");

        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");
        search.setWidth("min(100%, 420px)");
        search.addValueChangeListener(change -> refresh());

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(person -> new Anchor("people/" + person.id(), person.fullName()))
                .setHeader(getTranslation("people.name")).setFlexGrow(2).setSortable(false);
        grid.addColumn(DirectoryEntry::jobTitle).setHeader(getTranslation("people.title")).setFlexGrow(2);
        grid.addColumn(DirectoryEntry::departmentName).setHeader(getTranslation("people.department"));
        grid.addColumn(DirectoryEntry::managerName).setHeader(getTranslation("people.manager"));
        grid.addColumn(DirectoryEntry::location).setHeader(getTranslation("people.location"));
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.getElement().setAttribute("aria-label", getTranslation("nav.people"));

        add(new H1(getTranslation("nav.people")), search, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(people.search(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people") + " · Kadens";
    }
}
