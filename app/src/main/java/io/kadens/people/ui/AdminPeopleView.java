package io.kadens.people.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.people.AdminPersonRow;
import io.kadens.people.Department;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PeopleFilter;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonStatus;
import io.kadens.people.Team;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The HR admin's people list: filters, a lazily loaded grid of the whole tenant, editing in a dialog. */
@StyleSheet("context://kadens/people-admin.css")
@Route("admin/people")
@Menu(order = 20, title = "people-admin.nav.people", icon = "vaadin:user-card")
@RolesAllowed(Role.HR_ADMIN_NAME)
class AdminPeopleView extends Main implements PageTitles.Translated {

    private final transient PeopleAdministration administration;
    private final transient OrganisationStructure structure;
    private final transient PeopleService people;
    private final Grid<AdminPersonRow> grid = new Grid<>();
    private ResponsiveList<AdminPersonRow> list;
    private final TextField search = new TextField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<DirectoryEntry> manager;
    private final Select<PersonStatus> status = new Select<>();
    private final ComboBox<JobFamily> jobFamily = new ComboBox<>();
    private final Span total = new Span();

    AdminPeopleView(PeopleAdministration administration, OrganisationStructure structure, PeopleService people) {
        this.administration = administration;
        this.structure = structure;
        this.people = people;
        addClassName("k-page");
        AdminFields.useStyles(this);

        search.setLabel(getTranslation("people-admin.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("admin-people-search");
        department.setLabel(getTranslation("people-admin.field.department"));
        department.setItems(structure.departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        team.setLabel(getTranslation("people-admin.field.team"));
        team.setItems(structure.teams());
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        manager = AdminFields.personPicker(people, getTranslation("people-admin.field.manager"));
        manager.setWidth(null);
        status.setLabel(getTranslation("people-admin.filter.status"));
        status.setItems(PersonStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("people-admin.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("people-admin.filter.any")
                : getTranslation("people-admin.status." + s.name()));
        status.setValue(PersonStatus.ACTIVE);
        jobFamily.setLabel(getTranslation("people-admin.field.job-family"));
        jobFamily.setItems(structure.jobFamilies());
        jobFamily.setItemLabelGenerator(JobFamily::name);
        jobFamily.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        manager.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        jobFamily.addValueChangeListener(e -> refresh());

        grid.setId("admin-people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new Anchor("people/" + row.person().id(), row.person().fullName()))
                .setHeader(getTranslation("people-admin.field.name")).setFlexGrow(2);
        grid.addColumn(row -> row.person().jobTitle()).setHeader(getTranslation("people-admin.field.job-title")).setFlexGrow(2);
        grid.addColumn(row -> row.person().departmentName()).setHeader(getTranslation("people-admin.field.department"));
        grid.addColumn(row -> row.person().teamName()).setHeader(getTranslation("people-admin.field.team"));
        grid.addColumn(row -> row.person().managerName()).setHeader(getTranslation("people-admin.field.manager"));
        grid.addColumn(row -> level(row.person())).setHeader(getTranslation("people-admin.field.job-level"));
        grid.addColumn(this::status).setHeader(getTranslation("people-admin.filter.status"));
        grid.addComponentColumn(row -> {
            Button edit = editButton(row);
            edit.setId("edit-" + row.person().id());
            return edit;
        }).setHeader(getTranslation("people-admin.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("people-admin.empty"));
        grid.setHeight("65vh");
        grid.getElement().setAttribute("aria-label", getTranslation("people-admin.nav.people"));
        total.setId("admin-people-total");
        total.getElement().setAttribute("aria-live", "polite");

        HorizontalLayout filters = new HorizontalLayout(search, department, team, manager, status, jobFamily);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone each person is a card: name, title, department, manager, status, and the edit button
        list = new ResponsiveList<>(grid, getTranslation("people-admin.nav.people"))
                .cardTitle(row -> new Anchor("people/" + row.person().id(), row.person().fullName()))
                .cardFact("title", getTranslation("people-admin.field.job-title"), row -> row.person().jobTitle())
                .cardFact("department", getTranslation("people-admin.field.department"),
                        row -> row.person().departmentName())
                .cardFact("manager", getTranslation("people-admin.field.manager"), row -> row.person().managerName())
                .cardFact("status", getTranslation("people-admin.filter.status"), this::status)
                .cardActions(this::editButton);
        add(new H1(getTranslation("people-admin.nav.people")), filters, total, list);
        refresh();
    }

    private String status(AdminPersonRow row) {
        return getTranslation("people-admin.status." + row.status().name())
                + (row.hrAdmin() ? " · " + getTranslation("people-admin.hr-admin") : "");
    }

    private Button editButton(AdminPersonRow row) {
        Button edit = new Button(getTranslation("people-admin.edit"), VaadinIcon.EDIT.create(), click -> edit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("people-admin.edit.title", row.person().fullName()));
        return edit;
    }

    private String level(DirectoryEntry person) {
        if (person.jobFamilyName() == null) {
            return "";
        }
        return person.jobFamilyName() + (person.jobLevelName() == null ? "" : " · " + person.jobLevelName());
    }

    private PeopleFilter filter() {
        return new PeopleFilter(search.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                manager.getValue() == null ? null : manager.getValue().id(),
                status.getValue(),
                jobFamily.getValue() == null ? null : jobFamily.getValue().id());
    }

    private void refresh() {
        PeopleFilter filter = filter();
        int count = administration.count(filter);
        total.setText(getTranslation("people-admin.total", count));
        list.setItemsLazily((offset, limit) -> administration.list(filter, offset, limit), () -> count,
                getTranslation("list.show-more"));
    }

    private void edit(AdminPersonRow row) {
        administration.editable(row.person().id()).ifPresent(person ->
                new PersonEditDialog(administration, structure, people, person, this::refresh).open());
    }

    @Override
    public String titleKey() {
        return "people-admin.nav.people";
    }
}
