package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.frontend.Toast;
import io.kadens.goals.ApprovalState;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.Goals;
import io.kadens.goals.Health;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.settings.TenantSettingsService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the reader may do with the goal: check in, edit, submit or activate a draft, delete it,
 * change its status, override its health, and (for approvers) approve it or give it back.
 */
class GoalActions extends HorizontalLayout {

    private final transient Goals goals;
    private final transient Consumer<Runnable> change;
    private final transient Runnable reload;

    /**
     * @param change runs a change to the goal and redraws the page (refusals become a message)
     * @param reload redraws the page after a dialog saved
     */
    GoalActions(GoalDetail current, Goals goals, GoalEditors editors, TenantSettingsService settings,
                Consumer<Runnable> change, Runnable reload) {
        this.goals = goals;
        this.change = change;
        this.reload = reload;
        GoalSummary goal = current.summary();
        setWrap(true);
        setId("goal-actions");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current.mayEdit()) {
            // Check-ins are for active goals (the service refuses others); a draft is activated or approved first.
            if (goal.status() == GoalStatus.ACTIVE) {
                Button checkIn = new Button(getTranslation("goals-ui.checkin"),
                        click -> editors.checkIn(goal.id(), reload));
                checkIn.setId("goal-checkin");
                checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(checkIn);
            }
            Button edit = new Button(getTranslation("goals-ui.edit"), click -> editors.edit(current, reload));
            edit.setId("goal-edit");
            add(edit);
            if (goal.status() == GoalStatus.DRAFT) {
                boolean needsApproval = goal.level() == GoalLevel.INDIVIDUAL
                        && settings.current().individualGoalsNeedApproval();
                if (needsApproval && goal.approval() != ApprovalState.PENDING) {
                    add(action("goal-submit", "goals-ui.approval.submit",
                            () -> goals.submitForApproval(goal.id(), goal.version())));
                } else if (!needsApproval) {
                    add(action("goal-activate", "goals-ui.activate",
                            () -> goals.changeStatus(goal.id(), goal.version(), GoalStatus.ACTIVE)));
                }
                Button delete = new Button(getTranslation("goals-ui.delete-draft"), click -> confirmDelete(goal));
                delete.setId("goal-delete");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(delete);
            }
            add(statusChanger(goal), healthOverride(current));
        }
        if (current.mayApprove()) {
            add(action("goal-approve", "goals-ui.approval.approve",
                    () -> goals.approve(goal.id(), goal.version(), "")));
            Button giveBack = new Button(getTranslation("goals-ui.approval.return"), click -> returnDialog(goal));
            giveBack.setId("goal-return");
            add(giveBack);
        }
    }

    private Button action(String id, String labelKey, Runnable run) {
        Button button = new Button(getTranslation(labelKey), click -> change.accept(run));
        button.setId(id);
        return button;
    }

    private Component statusChanger(GoalSummary goal) {
        Select<GoalStatus> status = new Select<>();
        status.setLabel(getTranslation("goals-ui.status"));
        status.setId("goal-status");
        List<GoalStatus> choices = goal.status() == GoalStatus.DRAFT ? List.of(GoalStatus.DRAFT, GoalStatus.CANCELLED)
                : List.of(GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.CANCELLED);
        List<GoalStatus> items = new ArrayList<>(choices);
        if (!items.contains(goal.status())) {
            items.add(0, goal.status());
        }
        status.setItems(items);
        status.setItemLabelGenerator(s -> GoalTexts.label(this, "status", s));
        status.setValue(goal.status());
        status.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null && chosen.getValue() != goal.status()) {
                change.accept(() -> goals.changeStatus(goal.id(), goal.version(), chosen.getValue()));
            }
        });
        return status;
    }

    private Component healthOverride(GoalDetail current) {
        Button override = new Button(getTranslation("goals-ui.health.override"), click -> overrideDialog(current));
        override.setId("goal-health-override");
        return override;
    }

    private void overrideDialog(GoalDetail current) {
        GoalSummary goal = current.summary();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("goals-ui.health.override"));
        Select<Health> health = new Select<>();
        health.setLabel(getTranslation("goals-ui.health"));
        health.setId("override-health");
        health.setItems(Health.values());
        health.setEmptySelectionAllowed(current.override() != null);
        health.setEmptySelectionCaption(getTranslation("goals-ui.health.computed"));
        health.setItemLabelGenerator(h -> h == null ? getTranslation("goals-ui.health.computed")
                : GoalTexts.label(this, "health", h));
        health.setValue(current.override() == null ? goal.health() : current.override().health());
        TextArea reason = new TextArea(getTranslation("goals-ui.health.reason"));
        reason.setId("override-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValue(current.override() == null ? "" : current.override().reason());
        Paragraph computed = new Paragraph(getTranslation("goals-ui.health.computed.is",
                current.computedHealth() == null ? "" : GoalTexts.label(this, "health", current.computedHealth())));
        computed.addClassName("k-muted");
        dialog.add(computed, health, reason);
        Button save = new Button(getTranslation("goals-ui.save"), click -> {
            reason.setInvalid(false);
            if (health.getValue() != null && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("goals-ui.health.reason.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                goals.overrideHealth(goal.id(), goal.version(), health.getValue(), reason.getValue());
                dialog.close();
                Toast.success(getTranslation("goals-ui.changed"));
                reload.run();
            } catch (InvalidInputException refused) {
                refused.fieldErrors().forEach((field, key) -> {
                    reason.setErrorMessage(getTranslation(key));
                    reason.setInvalid(true);
                });
            } catch (ConcurrentEditException conflict) {
                reason.setErrorMessage(getTranslation("goals-ui.conflict.keep"));
                reason.setInvalid(true);
            }
        });
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("goals-ui.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void returnDialog(GoalSummary goal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("goals-ui.approval.return"));
        TextArea comment = new TextArea(getTranslation("goals-ui.approval.return.comment"));
        comment.setId("return-comment");
        comment.setRequired(true);
        comment.setWidth("min(480px, 80vw)");
        dialog.add(comment);
        Button send = new Button(getTranslation("goals-ui.approval.return"), click -> {
            comment.setInvalid(false);
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("goals-ui.approval.return.required"));
                comment.setInvalid(true);
                return;
            }
            dialog.close();
            change.accept(() -> goals.returnForChanges(goal.id(), goal.version(), comment.getValue()));
        });
        send.setId("return-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("goals-ui.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void confirmDelete(GoalSummary goal) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("goals-ui.delete-draft"),
                getTranslation("goals-ui.delete-draft.text", goal.title()), getTranslation("goals-ui.delete-draft"),
                confirm -> {
                    try {
                        goals.deleteDraft(goal.id(), goal.version());
                        getUI().ifPresent(ui -> ui.navigate(GoalsView.class));
                    } catch (InvalidInputException | ConcurrentEditException refused) {
                        Toast.error(getTranslation("goals-ui.conflict"));
                        reload.run();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("goals-ui.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
