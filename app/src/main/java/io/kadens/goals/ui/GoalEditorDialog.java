package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.goals.GoalCycle;
import io.kadens.goals.GoalData;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.Goals;
import io.kadens.goals.PersonRef;
import io.kadens.people.Department;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates or edits a goal. The level offers only what the user may create (the service decides
 * again); messages from the service appear at their fields; after a concurrent edit the dialog stays
 * open with the user's input and says so.
 */
class GoalEditorDialog extends Dialog {

    private static final String CYCLE = "cycle";
    private static final String CUSTOM = "custom";

    private final transient Goals goals;
    private final transient GoalQueries goalQueries;
    private final GoalDetail existing;
    private final transient Consumer<UUID> onSaved;
    private long version;

    final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<GoalLevel> level = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<GoalSummary> parent = new ComboBox<>();
    private final RadioButtonGroup<String> periodKind = new RadioButtonGroup<>();
    private final Select<GoalCycle> cycle = new Select<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final BigDecimalField weight = new BigDecimalField();
    private final Select<GoalKind> kind = new Select<>();
    private final Select<GoalVisibility> visibility = new Select<>();
    private final MultiSelectComboBox<DirectoryEntry> contributors = new MultiSelectComboBox<>();
    private final Div coachSlot = new Div();
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fields = new HashMap<>();

    GoalEditorDialog(Goals goals, GoalQueries goalQueries, List<GoalCycle> cycles, List<Department> departments, List<Team> teams,
                     List<DirectoryEntry> people, GoalDetail existing, LocalDate today, Consumer<UUID> onSaved) {
        this.goals = goals;
        this.goalQueries = goalQueries;
        this.existing = existing;
        this.onSaved = onSaved;
        this.version = existing == null ? 0 : existing.summary().version();
        setHeaderTitle(getTranslation(existing == null ? "goals-ui.editor.new" : "goals-ui.editor.edit"));
        setWidth("min(860px, 96vw)");
        addClassName("k-goal-editor");

        title.setLabel(getTranslation("goals-ui.title"));
        title.setId("goal-title");
        title.setRequired(true);
        title.setMaxLength(GoalData.MAX_TITLE);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setWidthFull();
        coachSlot.setId("goal-coach-slot");
        coachSlot.addClassName("k-goal-coach-slot");

        description.setLabel(getTranslation("goals-ui.description"));
        description.setId("goal-description");
        description.setMaxLength(GoalData.MAX_DESCRIPTION);

        Set<GoalLevel> allowed = EnumSet.noneOf(GoalLevel.class);
        allowed.addAll(goals.levelsICanCreate());
        if (existing != null) {
            allowed.add(existing.summary().level());
        }
        level.setLabel(getTranslation("goals-ui.level"));
        level.setId("goal-level");
        level.setItems(allowed.stream().sorted().toList());
        level.setItemLabelGenerator(l -> GoalTexts.label(this, "level", l));
        level.setValue(allowed.contains(GoalLevel.INDIVIDUAL) ? GoalLevel.INDIVIDUAL
                : allowed.stream().findFirst().orElse(null));
        level.addValueChangeListener(change -> showLevelFields());

        department.setLabel(getTranslation("goals-ui.department"));
        department.setId("goal-department");
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        team.setLabel(getTranslation("goals-ui.team"));
        team.setId("goal-team");
        team.setItems(teams);
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);

        parent.setLabel(getTranslation("goals-ui.parent"));
        parent.setId("goal-parent");
        parent.setHelperText(getTranslation("goals-ui.parent.helper"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(GoalSummary::title);
        UUID self = existing == null ? null : existing.summary().id();
        parent.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            return goalQueries.parentCandidates(query.getFilter().orElse(""), offset + limit + 1).stream()
                    .filter(candidate -> !candidate.id().equals(self)).skip(offset).limit(limit);
        });

        periodKind.setLabel(getTranslation("goals-ui.period"));
        periodKind.setId("goal-period-kind");
        periodKind.setItems(CYCLE, CUSTOM);
        periodKind.setItemLabelGenerator(k -> getTranslation("goals-ui.period." + k));
        List<GoalCycle> open = cycles.stream().filter(c -> !c.closed()).toList();
        cycle.setLabel(getTranslation("goals-ui.cycle"));
        cycle.setId("goal-cycle");
        cycle.setItems(open);
        cycle.setItemLabelGenerator(c -> c.name() + " (" + GoalTexts.dateRange(getLocale(), c.startsOn(), c.endsOn())
                + ")");
        startsOn.setLabel(getTranslation("goals-ui.starts-on"));
        startsOn.setId("goal-starts-on");
        startsOn.setLocale(getLocale());
        endsOn.setLabel(getTranslation("goals-ui.ends-on"));
        endsOn.setId("goal-ends-on");
        endsOn.setLocale(getLocale());
        periodKind.addValueChangeListener(change -> showPeriodFields());

        weight.setLabel(getTranslation("goals-ui.weight"));
        weight.setId("goal-weight");
        weight.setHelperText(getTranslation("goals-ui.weight.helper"));
        weight.setValue(BigDecimal.ONE);
        kind.setLabel(getTranslation("goals-ui.kind"));
        kind.setId("goal-kind");
        kind.setItems(GoalKind.values());
        kind.setItemLabelGenerator(k -> GoalTexts.label(this, "kind", k));
        kind.setValue(GoalKind.BUSINESS);
        visibility.setLabel(getTranslation("goals-ui.visibility"));
        visibility.setId("goal-visibility");
        visibility.setItems(GoalVisibility.values());
        visibility.setItemLabelGenerator(v -> GoalTexts.label(this, "visibility", v));
        visibility.setValue(GoalVisibility.TENANT);
        contributors.setLabel(getTranslation("goals-ui.contributors"));
        contributors.setId("goal-contributors");
        contributors.setItems(people);
        contributors.setItemLabelGenerator(DirectoryEntry::fullName);

        if (existing != null) {
            fill(existing, people);
        } else {
            GoalCycle current = currentCycle(open, today);
            periodKind.setValue(current == null ? CUSTOM : CYCLE);
            cycle.setValue(current);
        }
        showLevelFields();
        showPeriodFields();

        formError.addClassName("k-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setId("goal-form-error");

        FormLayout form = new FormLayout(title, coachSlot, description, level, department, team, parent, periodKind,
                cycle, startsOn, endsOn, weight, kind, visibility, contributors);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(title, 2);
        form.setColspan(coachSlot, 2);
        form.setColspan(description, 2);
        form.setColspan(parent, 2);
        form.setColspan(periodKind, 2);
        form.setColspan(contributors, 2);
        add(formError, form);

        fields.putAll(Map.ofEntries(Map.entry("title", title), Map.entry("description", description),
                Map.entry("level", level), Map.entry("departmentId", department), Map.entry("department", department),
                Map.entry("teamId", team), Map.entry("team", team), Map.entry("parentId", parent),
                Map.entry("parent", parent), Map.entry("cycleId", cycle), Map.entry("cycle", cycle),
                Map.entry("startsOn", startsOn), Map.entry("endsOn", endsOn), Map.entry("period", endsOn),
                Map.entry("weight", weight), Map.entry("kind", kind), Map.entry("visibility", visibility),
                Map.entry("contributorIds", contributors), Map.entry("contributors", contributors)));

        Button save = new Button(getTranslation("goals-ui.save"), click -> save());
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("goals-ui.cancel"), click -> close());
        cancel.setId("goal-cancel");
        getFooter().add(cancel, save);
    }

    /** Where the SMART coach's panel goes: right under the goal's text. */
    void addCoach(Component panel) {
        coachSlot.add(panel);
    }

    /** Tells a listener the chosen parent goal now and whenever it changes (null for none). */
    void onParentChange(Consumer<UUID> listener) {
        listener.accept(parent.getValue() == null ? null : parent.getValue().id());
        parent.addValueChangeListener(change -> listener.accept(change.getValue() == null ? null
                : change.getValue().id()));
    }

    /** Tells a listener the last day of the chosen period now and whenever it changes (null when not chosen). */
    void onPeriodEndChange(Consumer<LocalDate> listener) {
        listener.accept(periodEnd());
        periodKind.addValueChangeListener(change -> listener.accept(periodEnd()));
        cycle.addValueChangeListener(change -> listener.accept(periodEnd()));
        endsOn.addValueChangeListener(change -> listener.accept(periodEnd()));
    }

    private LocalDate periodEnd() {
        if (CUSTOM.equals(periodKind.getValue())) {
            return endsOn.getValue();
        }
        return cycle.getValue() == null ? null : cycle.getValue().endsOn();
    }

    private void fill(GoalDetail detail, List<DirectoryEntry> people) {
        GoalSummary goal = detail.summary();
        title.setValue(goal.title());
        description.setValue(detail.description() == null ? "" : detail.description());
        level.setValue(goal.level());
        department.getListDataView().getItems().filter(d -> d.id().equals(goal.departmentId())).findFirst()
                .ifPresent(department::setValue);
        team.getListDataView().getItems().filter(t -> t.id().equals(goal.teamId())).findFirst()
                .ifPresent(team::setValue);
        if (detail.parent() != null) {
            parent.setValue(detail.parent());
        }
        if (goal.cycleId() != null) {
            periodKind.setValue(CYCLE);
            cycle.getListDataView().getItems().filter(c -> c.id().equals(goal.cycleId())).findFirst()
                    .ifPresent(cycle::setValue);
        } else {
            periodKind.setValue(CUSTOM);
        }
        startsOn.setValue(goal.startsOn());
        endsOn.setValue(goal.endsOn());
        weight.setValue(goal.weight());
        kind.setValue(goal.kind());
        visibility.setValue(goal.visibility());
        Set<UUID> contributorIds = detail.contributors().stream().map(PersonRef::id).collect(Collectors.toSet());
        contributors.setValue(people.stream().filter(p -> contributorIds.contains(p.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The open cycle that holds the organisation's today, else the first open one. */
    private static GoalCycle currentCycle(List<GoalCycle> open, LocalDate today) {
        return open.stream().filter(c -> !today.isBefore(c.startsOn()) && !today.isAfter(c.endsOn())).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
    }

    private void showLevelFields() {
        GoalLevel chosen = level.getValue();
        department.setVisible(chosen == GoalLevel.DEPARTMENT || chosen == GoalLevel.TEAM);
        team.setVisible(chosen == GoalLevel.TEAM || chosen == GoalLevel.INDIVIDUAL);
    }

    private void showPeriodFields() {
        boolean custom = CUSTOM.equals(periodKind.getValue());
        cycle.setVisible(!custom);
        startsOn.setVisible(custom);
        endsOn.setVisible(custom);
    }

    GoalData data() {
        boolean custom = CUSTOM.equals(periodKind.getValue());
        GoalLevel chosen = level.getValue();
        return new GoalData(title.getValue().strip(), description.getValue(), chosen,
                department.isVisible() && department.getValue() != null ? department.getValue().id() : null,
                team.isVisible() && team.getValue() != null ? team.getValue().id() : null,
                existing == null || existing.summary().owner() == null ? null : existing.summary().owner().id(),
                contributors.getValue().stream().map(DirectoryEntry::id).collect(Collectors.toSet()),
                parent.getValue() == null ? null : parent.getValue().id(),
                visibility.getValue(),
                custom || cycle.getValue() == null ? null : cycle.getValue().id(),
                custom ? startsOn.getValue() : null,
                custom ? endsOn.getValue() : null,
                weight.getValue(), kind.getValue());
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        formError.setText("");
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("goals-ui.title.required"));
            title.setInvalid(true);
            title.focus();
            return;
        }
        try {
            UUID id;
            if (existing == null) {
                id = goals.create(data());
            } else {
                id = existing.summary().id();
                goals.update(id, version, data());
            }
            close();
            Toast.success(getTranslation("goals-ui.saved", title.getValue()));
            onSaved.accept(id);
        } catch (InvalidInputException refused) {
            showErrors(refused.fieldErrors());
        } catch (ConcurrentEditException conflict) {
            // Keep what the user typed: they may copy it or save again over the newer version.
            formError.setText(getTranslation("goals-ui.conflict.keep"));
            goalQueries.detail(existing.summary().id()).ifPresent(newer -> version = newer.summary().version());
        }
    }

    private void showErrors(Map<String, String> errors) {
        new FieldErrors().bindAll(fields).focusingFirstInvalid().show(errors, this::getTranslation, formError::setText);
    }
}
