package io.kadens.development.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.competencies.Competency;
import io.kadens.development.ActionKind;
import io.kadens.development.ActionStatus;
import io.kadens.development.DevelopmentPlan;
import io.kadens.development.MentorSuggestion;
import io.kadens.development.Objective;
import io.kadens.development.ObjectiveDraft;
import io.kadens.development.ObjectiveSource;
import io.kadens.development.ObjectiveStatus;
import io.kadens.development.PlanAction;
import io.kadens.development.PlanMilestone;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.learning.TrainingItem;
import io.kadens.people.JobFamily;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The editor of one objective with its milestones and actions. Saving sends the whole plan back with the
 * version seen; a refusal marks the fields it names and keeps everything typed.
 */
class ObjectiveEditor extends Dialog {

    private final Objective objective;
    private final DevelopmentPlan plan;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<ObjectiveSource> source = new Select<>();
    private final ComboBox<Competency> competency = new ComboBox<>();
    private final Select<UUID> targetLevel = new Select<>();
    private final TextField growthArea = new TextField();
    private final DatePicker due = new DatePicker();
    private final VerticalLayout milestones = new VerticalLayout();
    private final VerticalLayout actions = new VerticalLayout();
    private final List<MilestoneRow> milestoneRows = new ArrayList<>();
    private final List<ActionRow> actionRows = new ArrayList<>();
    private final List<TrainingItem> items;
    private final Map<UUID, String> mentors = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();

    ObjectiveEditor(Objective objective, DevelopmentPlan plan, List<Competency> competencies, List<TrainingItem> items,
                    List<MentorSuggestion> mentorSuggestions, List<JobFamily> families, Consumer<ObjectiveDraft> save,
                    Runnable onConflict) {
        this.objective = objective;
        this.plan = plan;
        this.items = items;
        mentorSuggestions.forEach(m -> mentors.merge(m.personId(), m.name() + " (" + m.competencyName() + ")",
                (a, b) -> a));
        setHeaderTitle(getTranslation(objective == null ? "development.objective.new" : "development.objective.edit"));
        title.setLabel(getTranslation("development.objective.title"));
        title.setId("development-objective-title");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setHelperText(getTranslation("development.objective.title.helper"));
        description.setLabel(getTranslation("development.objective.description"));
        description.setId("development-objective-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        source.setLabel(getTranslation("development.objective.source"));
        source.setId("development-objective-source");
        source.setItems(ObjectiveSource.values());
        source.setItemLabelGenerator(s -> getTranslation("development.source." + s.name()));
        competency.setLabel(getTranslation("development.objective.competency"));
        competency.setId("development-objective-competency");
        competency.setItems(competencies);
        competency.setItemLabelGenerator(Competency::name);
        Map<UUID, String> levels = new LinkedHashMap<>();
        families.forEach(f -> f.levels().forEach(l -> levels.put(l.id(), f.name() + " – " + l.name())));
        targetLevel.setLabel(getTranslation("development.objective.target"));
        targetLevel.setId("development-objective-target");
        targetLevel.setItems(new ArrayList<>(levels.keySet()));
        targetLevel.setItemLabelGenerator(id -> levels.getOrDefault(id, ""));
        growthArea.setLabel(getTranslation("development.objective.growth-area"));
        growthArea.setId("development-objective-growth-area");
        growthArea.setMaxLength(200);
        due.setLabel(getTranslation("development.objective.due"));
        due.setId("development-objective-due");
        due.setLocale(getLocale());
        source.addValueChangeListener(change -> showSourceFields());
        errors.bindAll(Map.of("title", title, "description", description, "source", source, "competencyId", competency,
                "targetLevelId", targetLevel, "growthArea", growthArea, "dueOn", due));

        if (objective != null) {
            title.setValue(objective.title());
            description.setValue(objective.description());
            source.setValue(objective.source());
            competencies.stream().filter(c -> c.id().equals(objective.competencyId())).findFirst()
                    .ifPresent(competency::setValue);
            if (objective.targetLevelId() != null) {
                targetLevel.setValue(objective.targetLevelId());
            }
            growthArea.setValue(objective.growthArea() == null ? "" : objective.growthArea());
            due.setValue(objective.dueOn());
            objective.milestones().forEach(this::addMilestone);
            objective.actions().forEach(this::addAction);
        } else {
            source.setValue(ObjectiveSource.COMPETENCY_GAP);
            due.setValue(plan.periodEnd());
        }
        showSourceFields();

        Button addMilestone = new Button(getTranslation("development.milestone.add"), click -> addMilestone(null));
        addMilestone.setId("development-milestone-add");
        Button addAction = new Button(getTranslation("development.action.add"), click -> addAction(null));
        addAction.setId("development-action-add");
        milestones.setPadding(false);
        actions.setPadding(false);
        add(new VerticalLayout(title, description, new HorizontalLayout(source, competency, targetLevel, growthArea),
                due, new H3(getTranslation("development.milestones")), milestones, addMilestone,
                new H3(getTranslation("development.actions")), actions, addAction));

        Button cancel = new Button(getTranslation("development.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("development.save"), click -> {
            errors.clear();
            try {
                save.accept(draft());
                close();
            } catch (InvalidInputException refused) {
                Map<String, String> mine = new HashMap<>();
                Map<String, String> elsewhere = new HashMap<>();
                int index = position();
                refused.fieldErrors().forEach((field, key) -> {
                    String prefix = "objectives[" + index + "].";
                    if (field.startsWith(prefix) && !field.substring(prefix.length()).contains("[")) {
                        mine.put(field.substring(prefix.length()), key);
                    } else {
                        elsewhere.put(field, key);
                    }
                });
                errors.show(mine, this::getTranslation, message -> Toast.error(message));
                if (!elsewhere.isEmpty()) {
                    Toast.error(FieldErrors.joined(elsewhere, this::getTranslation));
                }
            } catch (ConcurrentEditException conflict) {
                close();
                onConflict.run();
            }
        });
        saveButton.setId("development-objective-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
        setWidth("min(56rem, 100vw)");
    }

    private int position() {
        if (objective == null) {
            return plan.objectives().size();
        }
        for (int i = 0; i < plan.objectives().size(); i++) {
            if (plan.objectives().get(i).id().equals(objective.id())) {
                return i;
            }
        }
        return 0;
    }

    private void showSourceFields() {
        ObjectiveSource chosen = source.getValue();
        competency.setVisible(chosen != ObjectiveSource.TARGET_ROLE);
        targetLevel.setVisible(chosen == ObjectiveSource.TARGET_ROLE);
        growthArea.setVisible(chosen == ObjectiveSource.GROWTH_AREA);
    }

    private ObjectiveDraft draft() {
        return new ObjectiveDraft(objective == null ? null : objective.id(), title.getValue(), description.getValue(),
                source.getValue(), competency.getValue() == null ? null : competency.getValue().id(),
                targetLevel.getValue(), growthArea.getValue(), objective == null ? null : objective.ownerId(),
                due.getValue(), objective == null ? ObjectiveStatus.NOT_STARTED : objective.status(),
                milestoneRows.stream().map(r -> new ObjectiveDraft.MilestoneDraft(r.id, r.title.getValue(),
                        r.due.getValue(), r.doneOn)).toList(),
                actionRows.stream().map(r -> new ObjectiveDraft.ActionDraft(r.id, r.kind.getValue(), r.title.getValue(),
                        r.mentor.getValue(), r.item.getValue() == null ? null : r.item.getValue().id(), r.due.getValue(),
                        r.status)).toList());
    }

    private final class MilestoneRow {
        UUID id;
        LocalDate doneOn;
        final TextField title = new TextField(getTranslation("development.milestone.title"));
        final DatePicker due = new DatePicker(getTranslation("development.milestone.due"));
    }

    private void addMilestone(PlanMilestone existing) {
        MilestoneRow row = new MilestoneRow();
        int n = milestoneRows.size();
        row.title.setId("development-milestone-title-" + n);
        row.title.setMaxLength(200);
        row.due.setId("development-milestone-due-" + n);
        row.due.setLocale(getLocale());
        if (existing != null) {
            row.id = existing.id();
            row.doneOn = existing.doneOn();
            row.title.setValue(existing.title());
            row.due.setValue(existing.dueOn());
        } else {
            row.due.setValue(due.getValue());
        }
        HorizontalLayout line = new HorizontalLayout(row.title, row.due);
        Button remove = new Button(getTranslation("development.remove"), click -> {
            milestoneRows.remove(row);
            milestones.remove(line);
        });
        remove.getElement().setAttribute("aria-label", getTranslation("development.milestone.remove", n + 1));
        line.add(remove);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        milestoneRows.add(row);
        milestones.add(line);
    }

    private final class ActionRow {
        UUID id;
        ActionStatus status = ActionStatus.OPEN;
        final Select<ActionKind> kind = new Select<>();
        final TextField title = new TextField(getTranslation("development.action.title"));
        final ComboBox<UUID> mentor = new ComboBox<>(getTranslation("development.action.mentor"));
        final ComboBox<TrainingItem> item = new ComboBox<>(getTranslation("development.action.training"));
        final DatePicker due = new DatePicker(getTranslation("development.action.due"));
    }

    private void addAction(PlanAction existing) {
        ActionRow row = new ActionRow();
        int n = actionRows.size();
        row.kind.setLabel(getTranslation("development.action.kind"));
        row.kind.setId("development-action-kind-" + n);
        row.kind.setItems(ActionKind.values());
        row.kind.setItemLabelGenerator(k -> getTranslation("development.kind." + k.name()));
        row.title.setId("development-action-title-" + n);
        row.title.setMaxLength(200);
        row.mentor.setId("development-action-mentor-" + n);
        row.mentor.setItems(new ArrayList<>(mentors.keySet()));
        row.mentor.setItemLabelGenerator(id -> mentors.getOrDefault(id, ""));
        row.mentor.setHelperText(getTranslation(mentors.isEmpty() ? "development.action.mentor.none"
                : "development.action.mentor.helper"));
        row.item.setId("development-action-training-" + n);
        row.item.setItems(items);
        row.item.setItemLabelGenerator(TrainingItem::title);
        row.due.setId("development-action-due-" + n);
        row.due.setLocale(getLocale());
        row.kind.addValueChangeListener(change -> {
            row.mentor.setVisible(change.getValue() == ActionKind.LEARN_FROM_OTHERS);
            row.item.setVisible(change.getValue() == ActionKind.FORMAL_LEARNING);
        });
        if (existing != null) {
            row.id = existing.id();
            row.status = existing.status();
            row.kind.setValue(existing.kind());
            row.title.setValue(existing.title());
            if (existing.mentorId() != null) {
                mentors.putIfAbsent(existing.mentorId(), existing.mentorName());
                row.mentor.setItems(new ArrayList<>(mentors.keySet()));
                row.mentor.setValue(existing.mentorId());
            }
            items.stream().filter(i -> i.id().equals(existing.trainingItemId())).findFirst().ifPresent(row.item::setValue);
            row.due.setValue(existing.dueOn());
        } else {
            row.kind.setValue(ActionKind.STRETCH);
            row.due.setValue(due.getValue());
        }
        row.mentor.setVisible(row.kind.getValue() == ActionKind.LEARN_FROM_OTHERS);
        row.item.setVisible(row.kind.getValue() == ActionKind.FORMAL_LEARNING);
        Div line = new Div();
        HorizontalLayout fields = new HorizontalLayout(row.kind, row.title, row.mentor, row.item, row.due);
        fields.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Button remove = new Button(getTranslation("development.remove"), click -> {
            actionRows.remove(row);
            actions.remove(line);
        });
        remove.getElement().setAttribute("aria-label", getTranslation("development.action.remove", n + 1));
        fields.add(remove);
        line.add(fields);
        actionRows.add(row);
        actions.add(line);
    }
}
