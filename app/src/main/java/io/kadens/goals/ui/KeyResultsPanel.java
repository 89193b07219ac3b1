package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.frontend.EmptyState;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.KeyResult;
import io.kadens.goals.KeyResultType;
import io.kadens.goals.Milestone;
import java.util.function.Consumer;

/** The goal's key results with their values, progress and milestones; editors may change them here. */
class KeyResultsPanel extends GoalSection {

    private final transient GoalTracking goals;
    private final transient Consumer<Runnable> change;

    /**
     * @param change runs a change to the goal and redraws the page (refusals become a message)
     * @param reload redraws the page after a dialog saved
     */
    KeyResultsPanel(GoalDetail current, GoalTracking goals, GoalEditors editors, Consumer<Runnable> change, Runnable reload) {
        super("goal-key-results", "goals-ui.kr.heading");
        this.goals = goals;
        this.change = change;
        if (current.keyResults().isEmpty()) {
            add(new EmptyState(getTranslation("goals-ui.kr.empty.title"), getTranslation("goals-ui.kr.empty")));
        }
        for (KeyResult keyResult : current.keyResults()) {
            Div row = new Div();
            row.addClassName("k-goal-kr");
            row.getElement().setAttribute("data-kr", keyResult.id().toString());
            H3 name = new H3(keyResult.title());
            name.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
            Span values = new Span(values(keyResult));
            values.addClassName("k-muted");
            row.add(name, values, GoalTexts.progress(this, keyResult.title(), keyResult.progress()));
            if (keyResult.type() == KeyResultType.MILESTONES) {
                row.add(milestones(keyResult, current.mayEdit()));
            }
            if (current.mayEdit()) {
                Button edit = new Button(getTranslation("goals-ui.edit"),
                        click -> editors.keyResult(current.summary().id(), keyResult, reload));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("goals-ui.kr.edit.label", keyResult.title()));
                Button delete = new Button(getTranslation("goals-ui.delete"), click -> change.accept(
                        () -> goals.deleteKeyResult(keyResult.id(), keyResult.version())));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("goals-ui.kr.delete.label", keyResult.title()));
                row.add(new HorizontalLayout(edit, delete));
            }
            add(row);
        }
        if (current.mayEdit()) {
            Button add = new Button(getTranslation("goals-ui.kr.new"),
                    click -> editors.keyResult(current.summary().id(), null, reload));
            add.setId("goal-add-kr");
            add(add);
        }
    }

    private String values(KeyResult keyResult) {
        String type = GoalTexts.label(this, "kr-type", keyResult.type());
        return switch (keyResult.type()) {
            case NUMERIC, PERCENTAGE -> type + " · " + getTranslation("goals-ui.kr.values",
                    GoalTexts.number(getLocale(), keyResult.startValue()),
                    GoalTexts.number(getLocale(), keyResult.currentValue()),
                    GoalTexts.number(getLocale(), keyResult.targetValue()),
                    keyResult.type() == KeyResultType.PERCENTAGE ? "%" : keyResult.unit() == null ? "" : keyResult.unit());
            case BOOLEAN -> type + " · " + getTranslation(keyResult.currentValue() != null
                    && keyResult.currentValue().signum() > 0 ? "goals-ui.kr.yes" : "goals-ui.kr.no");
            case MILESTONES -> type + " · " + getTranslation("goals-ui.kr.milestones.count",
                    keyResult.milestones().stream().filter(Milestone::done).count(), keyResult.milestones().size());
        };
    }

    private Component milestones(KeyResult keyResult, boolean mayEdit) {
        Div list = new Div();
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-label", getTranslation("goals-ui.kr.milestones.of", keyResult.title()));
        for (Milestone milestone : keyResult.milestones()) {
            Checkbox done = new Checkbox(milestone.title(), milestone.done());
            done.setReadOnly(!mayEdit);
            done.addValueChangeListener(toggled -> {
                if (toggled.isFromClient()) {
                    change.accept(() -> goals.setMilestoneDone(milestone.id(), milestone.version(), toggled.getValue()));
                }
            });
            list.add(new Div(done));
        }
        if (mayEdit) {
            TextField newMilestone = new TextField(getTranslation("goals-ui.kr.milestone.new"));
            Button add = new Button(getTranslation("goals-ui.kr.milestone.add"), click -> {
                if (!newMilestone.getValue().isBlank()) {
                    change.accept(() -> goals.addMilestone(keyResult.id(), newMilestone.getValue().strip()));
                }
            });
            add.setAriaLabel(getTranslation("goals-ui.kr.milestone.add.label", keyResult.title()));
            HorizontalLayout adder = new HorizontalLayout(newMilestone, add);
            adder.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(adder);
        }
        return list;
    }
}
