package io.kadens.rollout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.Feature;
import io.kadens.rollout.Milestone;
import io.kadens.rollout.MilestoneData;
import io.kadens.rollout.PhaseDates;
import io.kadens.rollout.PilotGroup;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.PilotWarning;
import io.kadens.rollout.RolloutPhase;
import io.kadens.rollout.RolloutPlan;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * HR admins plan the rollout (issue 16, steps 6 and 7): phase dates, milestones, pilot groups with the
 * features they pilot and their champions, and the tenant's contact person. Warnings on the pilot's design
 * show above the groups; they advise, they do not block.
 */
@Route("admin/rollout")
@Menu(order = 38, title = "rollout.nav", icon = "vaadin:flag-checkered")
@RolesAllowed(Role.HR_ADMIN_NAME)
class RolloutAdminView extends Main implements PageTitles.Translated {

    private static final int PEOPLE_PICKER_LIMIT = 50;

    private final transient RolloutPlanning planning;
    private final transient OrgFacts org;
    private final transient OrganisationStructure structure;
    private final Map<RolloutPhase, DatePicker> starts = new EnumMap<>(RolloutPhase.class);
    private final Map<RolloutPhase, DatePicker> ends = new EnumMap<>(RolloutPhase.class);
    private final Paragraph currentPhase = new Paragraph();
    private final ComboBox<OrgPerson> contact = new ComboBox<>();
    private final Div warnings = new Div();
    private final Grid<Milestone> milestones = new Grid<>();
    private final Grid<PilotGroup> groups = new Grid<>();
    private RolloutPlan plan;

    RolloutAdminView(RolloutPlanning planning, OrgFacts org, OrganisationStructure structure) {
        this.planning = planning;
        this.org = org;
        this.structure = structure;
        addClassName("k-page");
        setId("rollout-admin");
        add(new H1(getTranslation("rollout.heading")), help(), phasesSection(), contactSection(), groupsSection(),
                milestonesSection());
        refresh();
    }

    @Override
    public String titleKey() {
        return "rollout.heading";
    }

    private Component help() {
        Paragraph help = new Paragraph(getTranslation("rollout.help"));
        help.setId("rollout-help");
        help.addClassName("k-help");
        return help;
    }

    // ------------------------------------------------------------------ phases

    private Section phasesSection() {
        FormLayout form = new FormLayout();
        for (RolloutPhase phase : RolloutPhase.values()) {
            DatePicker start = new DatePicker(getTranslation("rollout.phase.starts", getTranslation(phase.labelKey())));
            start.setId("rollout-" + phase.name().toLowerCase(java.util.Locale.ROOT) + "-start");
            DatePicker end = new DatePicker(getTranslation("rollout.phase.ends", getTranslation(phase.labelKey())));
            end.setId("rollout-" + phase.name().toLowerCase(java.util.Locale.ROOT) + "-end");
            starts.put(phase, start);
            ends.put(phase, end);
            form.add(start, end);
        }
        Button save = new Button(getTranslation("rollout.phases.save"), click -> savePhases());
        save.setId("rollout-phases-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        currentPhase.setId("rollout-current-phase");
        return new Section(new H2(getTranslation("rollout.phases.heading")), currentPhase, form, save);
    }

    private void savePhases() {
        List<PhaseDates> phases = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        for (RolloutPhase phase : RolloutPhase.values()) {
            errors.bind(phase.name().toLowerCase(java.util.Locale.ROOT), ends.get(phase));
            if (starts.get(phase).getValue() != null || ends.get(phase).getValue() != null) {
                phases.add(new PhaseDates(phase, starts.get(phase).getValue(), ends.get(phase).getValue()));
            }
        }
        try {
            planning.setPhases(phases, plan.version());
            errors.clear();
            Toast.success(getTranslation("rollout.saved"));
            refresh();
        } catch (InvalidInputException refused) {
            errors.show(refused.fieldErrors(), this::getTranslation, message -> Toast.error(message));
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("rollout.stale"));
            refresh();
        }
    }

    // ------------------------------------------------------------------ contact person

    private Section contactSection() {
        contact.setLabel(getTranslation("rollout.contact.label"));
        contact.setId("rollout-contact");
        contact.setClearButtonVisible(true);
        contact.setItemLabelGenerator(OrgPerson::fullName);
        contact.setItems(query -> org.activePeopleMatching(query.getFilter().orElse(""), Set.of(),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()).limit(query.getLimit()));
        Button save = new Button(getTranslation("rollout.contact.save"), click -> saveContact());
        save.setId("rollout-contact-save");
        HorizontalLayout row = new HorizontalLayout(contact, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Section(new H2(getTranslation("rollout.contact.heading")),
                new Paragraph(getTranslation("rollout.contact.explanation")), row);
    }

    private void saveContact() {
        try {
            planning.setContactPerson(contact.getValue() == null ? null : contact.getValue().id(), plan.version());
            Toast.success(getTranslation("rollout.saved"));
            refresh();
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("rollout.stale"));
            refresh();
        }
    }

    // ------------------------------------------------------------------ pilot groups

    private Section groupsSection() {
        warnings.setId("rollout-warnings");
        warnings.getElement().setAttribute("role", "status");
        groups.setId("rollout-groups");
        groups.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        groups.getElement().setAttribute("aria-label", getTranslation("rollout.groups.heading"));
        groups.addColumn(PilotGroup::name).setHeader(getTranslation("rollout.group.name")).setFlexGrow(2);
        groups.addColumn(group -> getTranslation(group.data().departmentKind().labelKey()))
                .setHeader(getTranslation("rollout.group.kind"));
        groups.addColumn(PilotGroup::size).setHeader(getTranslation("rollout.group.size"));
        groups.addColumn(group -> group.data().features().stream().sorted().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("rollout.group.features")).setFlexGrow(3);
        groups.addColumn(group -> String.join(", ", org.names(group.data().championIds()).values()))
                .setHeader(getTranslation("rollout.group.champions")).setFlexGrow(2);
        groups.addComponentColumn(group -> {
            Button edit = new Button(getTranslation("rollout.edit"), click -> editGroup(group));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("rollout.edit.label", group.name()));
            Button delete = new Button(getTranslation("rollout.delete"), click -> {
                planning.deleteGroup(group.id());
                Toast.success(getTranslation("rollout.deleted"));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("rollout.delete.label", group.name()));
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("rollout.actions")).setFlexGrow(2);
        groups.setEmptyStateText(getTranslation("rollout.groups.empty"));
        groups.setAllRowsVisible(true);
        Button add = new Button(getTranslation("rollout.group.new"), click -> editGroup(null));
        add.setId("rollout-group-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H2(getTranslation("rollout.groups.heading")),
                new Paragraph(getTranslation("rollout.groups.explanation")), warnings, add, groups);
    }

    private void editGroup(PilotGroup existing) {
        PilotGroupData data = existing == null ? null : existing.data();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "rollout.group.new" : "rollout.group.edit"));
        TextField name = new TextField(getTranslation("rollout.group.name"));
        name.setId("rollout-group-name");
        name.setRequired(true);
        name.setMaxLength(120);
        Select<DepartmentKind> kind = new Select<>();
        kind.setId("rollout-group-kind");
        kind.setLabel(getTranslation("rollout.group.kind"));
        kind.setItems(DepartmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DepartmentKind.OTHER);
        CheckboxGroup<Feature> features = new CheckboxGroup<>(getTranslation("rollout.group.features"));
        features.setId("rollout-group-features");
        features.setItems(Feature.values());
        features.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>(getTranslation("rollout.group.departments"));
        departments.setId("rollout-group-departments");
        List<Department> allDepartments = structure.departments();
        departments.setItems(allDepartments);
        departments.setItemLabelGenerator(Department::name);
        MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>(getTranslation("rollout.group.teams"));
        teams.setId("rollout-group-teams");
        List<Team> allTeams = structure.teams();
        teams.setItems(allTeams);
        teams.setItemLabelGenerator(Team::name);
        MultiSelectComboBox<OrgPerson> people = peoplePicker("rollout.group.people", "rollout-group-people");
        MultiSelectComboBox<OrgPerson> champions = peoplePicker("rollout.group.champions", "rollout-group-champions");
        if (data != null) {
            name.setValue(data.name());
            kind.setValue(data.departmentKind());
            features.setValue(data.features());
            departments.setValue(allDepartments.stream().filter(d -> data.departmentIds().contains(d.id())).toList());
            teams.setValue(allTeams.stream().filter(t -> data.teamIds().contains(t.id())).toList());
            people.setValue(org.people(data.personIds()).values());
            champions.setValue(org.people(data.championIds()).values());
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("departmentKind", kind)
                .bind("members", departments).bind("departmentIds", departments).bind("teamIds", teams)
                .bind("personIds", people).bind("championIds", champions).focusingFirstInvalid();
        FormLayout form = new FormLayout(name, kind, features, departments, teams, people, champions);
        dialog.add(form);
        Button save = new Button(getTranslation("rollout.save"), click -> {
            PilotGroupData changed = new PilotGroupData(name.getValue(), kind.getValue(), features.getValue(),
                    ids(departments.getValue().stream().map(Department::id)), ids(teams.getValue().stream().map(Team::id)),
                    ids(people.getValue().stream().map(OrgPerson::id)), ids(champions.getValue().stream().map(OrgPerson::id)));
            try {
                if (existing == null) {
                    planning.createGroup(changed);
                } else {
                    planning.updateGroup(existing.id(), existing.version(), changed);
                }
                dialog.close();
                Toast.success(getTranslation("rollout.saved"));
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, message -> Toast.error(message));
            } catch (ConcurrentEditException stale) {
                Toast.error(getTranslation("rollout.stale"));
            }
        });
        save.setId("rollout-group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("rollout.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private MultiSelectComboBox<OrgPerson> peoplePicker(String labelKey, String id) {
        MultiSelectComboBox<OrgPerson> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setItemLabelGenerator(OrgPerson::fullName);
        picker.setItems(query -> org.activePeopleMatching(query.getFilter().orElse(""), Set.of(),
                Math.min(PEOPLE_PICKER_LIMIT, query.getOffset() + query.getLimit())).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        return picker;
    }

    private static Set<UUID> ids(java.util.stream.Stream<UUID> ids) {
        return ids.collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ milestones

    private Section milestonesSection() {
        milestones.setId("rollout-milestones");
        milestones.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        milestones.getElement().setAttribute("aria-label", getTranslation("rollout.milestones.heading"));
        milestones.addColumn(m -> getTranslation(m.phase().labelKey())).setHeader(getTranslation("rollout.milestone.phase"));
        milestones.addColumn(Milestone::title).setHeader(getTranslation("rollout.milestone.title")).setFlexGrow(3);
        milestones.addColumn(Milestone::dueOn).setHeader(getTranslation("rollout.milestone.due"));
        milestones.addColumn(m -> getTranslation(m.done() ? "rollout.milestone.done" : "rollout.milestone.open"))
                .setHeader(getTranslation("rollout.milestone.status"));
        milestones.addComponentColumn(milestone -> {
            Button edit = new Button(getTranslation("rollout.edit"), click -> editMilestone(milestone));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("rollout.edit.label", milestone.title()));
            Button delete = new Button(getTranslation("rollout.delete"), click -> {
                planning.deleteMilestone(milestone.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("rollout.delete.label", milestone.title()));
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("rollout.actions"));
        milestones.setEmptyStateText(getTranslation("rollout.milestones.empty"));
        milestones.setAllRowsVisible(true);
        Button add = new Button(getTranslation("rollout.milestone.new"), click -> editMilestone(null));
        add.setId("rollout-milestone-new");
        return new Section(new H2(getTranslation("rollout.milestones.heading")), add, milestones);
    }

    private void editMilestone(Milestone existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "rollout.milestone.new" : "rollout.milestone.edit"));
        Select<RolloutPhase> phase = new Select<>();
        phase.setLabel(getTranslation("rollout.milestone.phase"));
        phase.setItems(RolloutPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        phase.setValue(existing == null ? RolloutPhase.PILOT : existing.phase());
        TextField title = new TextField(getTranslation("rollout.milestone.title"));
        title.setId("rollout-milestone-title");
        title.setRequired(true);
        title.setMaxLength(200);
        DatePicker due = new DatePicker(getTranslation("rollout.milestone.due"));
        due.setId("rollout-milestone-due");
        due.setRequired(true);
        Checkbox done = new Checkbox(getTranslation("rollout.milestone.done"));
        if (existing != null) {
            title.setValue(existing.title());
            due.setValue(existing.dueOn());
            done.setValue(existing.done());
        }
        FieldErrors errors = new FieldErrors().bind("phase", phase).bind("title", title).bind("dueOn", due)
                .focusingFirstInvalid();
        dialog.add(new FormLayout(phase, title, due, done));
        Button save = new Button(getTranslation("rollout.save"), click -> {
            MilestoneData data = new MilestoneData(phase.getValue(), title.getValue(), due.getValue(), done.getValue());
            try {
                if (existing == null) {
                    planning.addMilestone(data);
                } else {
                    planning.updateMilestone(existing.id(), existing.version(), data);
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, message -> Toast.error(message));
            } catch (ConcurrentEditException stale) {
                Toast.error(getTranslation("rollout.stale"));
            }
        });
        save.setId("rollout-milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("rollout.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    // ------------------------------------------------------------------ refresh

    private void refresh() {
        plan = planning.plan();
        for (RolloutPhase phase : RolloutPhase.values()) {
            var dates = plan.phases().stream().filter(p -> p.phase() == phase).findFirst();
            starts.get(phase).setValue(dates.map(PhaseDates::startsOn).orElse(null));
            ends.get(phase).setValue(dates.map(PhaseDates::endsOn).orElse(null));
        }
        currentPhase.setText(plan.currentPhase().map(p -> getTranslation("rollout.phase.current", getTranslation(p.labelKey())))
                .orElse(getTranslation("rollout.phase.none")));
        contact.setValue(plan.contactPersonId() == null ? null : org.person(plan.contactPersonId()).orElse(null));
        Map<UUID, String> groupNames = plan.groups().stream().collect(Collectors.toMap(PilotGroup::id, PilotGroup::name));
        warnings.removeAll();
        if (!plan.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (PilotWarning warning : plan.warnings()) {
                String names = warning.groupIds().stream().map(groupNames::get).collect(Collectors.joining(", "));
                list.add(new ListItem(getTranslation(warning.kind().messageKey(), names, warning.figure())));
            }
            warnings.add(new com.vaadin.flow.component.html.H3(getTranslation("rollout.warnings.heading")), list);
            warnings.addClassName("k-warning");
        }
        groups.setItems(plan.groups());
        milestones.setItems(plan.milestones());
    }
}
