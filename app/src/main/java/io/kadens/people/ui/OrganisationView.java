package io.kadens.people.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.Card;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleService;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Departments and teams: both trees; create, rename, move, delete when empty, and team leads. */
@StyleSheet("context://kadens/people-admin.css")
@Route("admin/organisation")
@Menu(order = 22, title = "people-admin.nav.organisation", icon = "vaadin:building")
@RolesAllowed(Role.HR_ADMIN_NAME)
class OrganisationView extends Main implements PageTitles.Translated {

    private final transient OrganisationStructure structure;
    private final transient PeopleService people;
    private final TreeGrid<Department> departments = new TreeGrid<>();
    private final TreeGrid<Team> teams = new TreeGrid<>();
    private List<Department> allDepartments = List.of();
    private List<Team> allTeams = List.of();

    OrganisationView(OrganisationStructure structure, PeopleService people) {
        this.structure = structure;
        this.people = people;
        addClassName("k-page");
        AdminFields.useStyles(this);

        departments.setId("departments-tree");
        departments.addHierarchyColumn(Department::name).setHeader(getTranslation("people-admin.field.name")).setFlexGrow(2);
        departments.addColumn(Department::headcount).setHeader(getTranslation("people-admin.org.headcount")).setAutoWidth(true);
        departments.addComponentColumn(d -> actions(d.name(), () -> editDepartment(d), () -> deleteDepartment(d)))
                .setHeader(getTranslation("people-admin.actions")).setAutoWidth(true).setFlexGrow(0);
        departments.setAllRowsVisible(true);
        departments.getElement().setAttribute("aria-label", getTranslation("people-admin.org.departments"));
        Button newDepartment = new Button(getTranslation("people-admin.org.new-department"), VaadinIcon.PLUS.create(),
                click -> editDepartment(null));
        newDepartment.setId("new-department");

        teams.setId("teams-tree");
        teams.addHierarchyColumn(Team::name).setHeader(getTranslation("people-admin.field.name")).setFlexGrow(2);
        teams.addColumn(t -> departmentName(t.departmentId())).setHeader(getTranslation("people-admin.field.department"));
        teams.addColumn(Team::leadName).setHeader(getTranslation("people-admin.org.lead"));
        teams.addColumn(Team::headcount).setHeader(getTranslation("people-admin.org.headcount")).setAutoWidth(true);
        teams.addComponentColumn(t -> actions(t.name(), () -> editTeam(t), () -> deleteTeam(t)))
                .setHeader(getTranslation("people-admin.actions")).setAutoWidth(true).setFlexGrow(0);
        teams.setAllRowsVisible(true);
        teams.getElement().setAttribute("aria-label", getTranslation("people-admin.org.teams"));
        Button newTeam = new Button(getTranslation("people-admin.org.new-team"), VaadinIcon.PLUS.create(),
                click -> editTeam(null));
        newTeam.setId("new-team");

        Div cards = new Div(new Card(getTranslation("people-admin.org.departments"), newDepartment, departments),
                new Card(getTranslation("people-admin.org.teams"), newTeam, teams));
        cards.addClassName("k-stack");
        add(new H1(getTranslation("people-admin.nav.organisation")), cards);
        refresh();
    }

    private void refresh() {
        allDepartments = structure.departments();
        allTeams = structure.teams();
        departments.setItems(allDepartments.stream().filter(d -> d.parentId() == null).toList(),
                parent -> allDepartments.stream().filter(d -> parent.id().equals(d.parentId())).toList());
        departments.expandRecursively(allDepartments, 32);
        teams.setItems(allTeams.stream().filter(t -> t.parentTeamId() == null).toList(),
                parent -> allTeams.stream().filter(t -> parent.id().equals(t.parentTeamId())).toList());
        teams.expandRecursively(allTeams, 32);
    }

    private String departmentName(UUID id) {
        return allDepartments.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse("");
    }

    private HorizontalLayout actions(String name, Runnable edit, Runnable delete) {
        Button editButton = new Button(VaadinIcon.EDIT.create(), click -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        editButton.getElement().setAttribute("aria-label", getTranslation("people-admin.org.edit", name));
        Button deleteButton = new Button(VaadinIcon.TRASH.create(), click -> delete.run());
        deleteButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        deleteButton.getElement().setAttribute("aria-label", getTranslation("people-admin.org.delete", name));
        return new HorizontalLayout(editButton, deleteButton);
    }

    private void editDepartment(Department department) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(department == null ? "people-admin.org.new-department"
                : "people-admin.org.edit", department == null ? "" : department.name()));
        TextField name = new TextField(getTranslation("people-admin.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("department-name");
        ComboBox<Department> parent = new ComboBox<>(getTranslation("people-admin.org.parent-department"));
        parent.setItems(allDepartments.stream().filter(d -> department == null || !d.id().equals(department.id())).toList());
        parent.setItemLabelGenerator(Department::name);
        parent.setClearButtonVisible(true);
        if (department != null) {
            name.setValue(department.name());
            parent.setValue(allDepartments.stream().filter(d -> d.id().equals(department.parentId())).findFirst().orElse(null));
        }
        Map<String, HasValidation> fields = Map.of("name", name, "parentId", parent);
        dialog.add(new FormLayout(name, parent));
        Button save = new Button(getTranslation("people-admin.save"), click -> attempt(dialog, fields, () -> {
            UUID parentId = parent.getValue() == null ? null : parent.getValue().id();
            if (department == null) {
                structure.createDepartment(name.getValue(), parentId);
            } else {
                structure.updateDepartment(department.id(), name.getValue(), parentId, department.version());
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("department-save");
        dialog.getFooter().add(new Button(getTranslation("people-admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void deleteDepartment(Department department) {
        try {
            structure.deleteDepartment(department.id(), department.version());
            refresh();
        } catch (InvalidInputException e) {
            Toast.error(FieldErrors.joined(e.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException e) {
            Toast.error(getTranslation("people-admin.concurrent-edit"));
            refresh();
        }
    }

    private void editTeam(Team team) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(team == null ? "people-admin.org.new-team" : "people-admin.org.edit",
                team == null ? "" : team.name()));
        TextField name = new TextField(getTranslation("people-admin.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("team-name");
        ComboBox<Department> department = new ComboBox<>(getTranslation("people-admin.field.department"));
        department.setItems(allDepartments);
        department.setItemLabelGenerator(Department::name);
        department.setRequiredIndicatorVisible(true);
        ComboBox<Team> parent = new ComboBox<>(getTranslation("people-admin.org.parent-team"));
        parent.setItemLabelGenerator(Team::name);
        parent.setClearButtonVisible(true);
        department.addValueChangeListener(e -> parent.setItems(allTeams.stream()
                .filter(t -> e.getValue() != null && t.departmentId().equals(e.getValue().id()))
                .filter(t -> team == null || !t.id().equals(team.id())).toList()));
        ComboBox<DirectoryEntry> lead = AdminFields.personPicker(people, getTranslation("people-admin.org.lead"));
        if (team != null) {
            name.setValue(team.name());
            department.setValue(allDepartments.stream().filter(d -> d.id().equals(team.departmentId())).findFirst().orElse(null));
            parent.setValue(allTeams.stream().filter(t -> t.id().equals(team.parentTeamId())).findFirst().orElse(null));
            if (team.leadId() != null) {
                people.find(team.leadId()).ifPresent(lead::setValue);
            }
        }
        Map<String, HasValidation> fields = Map.of("name", name, "departmentId", department, "parentTeamId", parent,
                "leadId", lead);
        dialog.add(new FormLayout(name, department, parent, lead));
        Button save = new Button(getTranslation("people-admin.save"), click -> attempt(dialog, fields, () -> {
            UUID departmentId = department.getValue() == null ? null : department.getValue().id();
            UUID parentId = parent.getValue() == null ? null : parent.getValue().id();
            UUID leadId = lead.getValue() == null ? null : lead.getValue().id();
            if (team == null) {
                structure.createTeam(name.getValue(), departmentId, parentId, leadId);
            } else {
                structure.updateTeam(team.id(), name.getValue(), departmentId, parentId, leadId, team.version());
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("team-save");
        dialog.getFooter().add(new Button(getTranslation("people-admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void deleteTeam(Team team) {
        try {
            structure.deleteTeam(team.id(), team.version());
            refresh();
        } catch (InvalidInputException e) {
            Toast.error(FieldErrors.joined(e.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException e) {
            Toast.error(getTranslation("people-admin.concurrent-edit"));
            refresh();
        }
    }

    /** Runs a change; on bad input shows the messages at the fields and keeps the dialog open. */
    private void attempt(Dialog dialog, Map<String, HasValidation> fields, Runnable change) {
        FieldErrors errors = new FieldErrors().bindAll(fields);
        errors.clear();
        try {
            change.run();
            dialog.close();
            refresh();
        } catch (InvalidInputException e) {
            errors.showOrToast(e.fieldErrors(), this::getTranslation);
        } catch (ConcurrentEditException e) {
            Toast.error(getTranslation("people-admin.concurrent-edit"));
            dialog.close();
            refresh();
        }
    }


    @Override
    public String titleKey() {
        return "people-admin.nav.organisation";
    }
}
