package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.goals.ApprovalState;
import io.kadens.goals.CheckIn;
import io.kadens.goals.GoalComment;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalFeedbackLinks;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.Goals;
import io.kadens.goals.Health;
import io.kadens.goals.KeyResult;
import io.kadens.goals.KeyResultType;
import io.kadens.goals.LinkedFeedback;
import io.kadens.goals.Milestone;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One goal: progress and health, key results with their milestones, check-ins with the history
 * chart (and the same figures as a table for screen readers), the discussion, linked feedback,
 * where it aligns, and the actions the user may take on it. A goal that is missing, or that the user
 * may not see (also another tenant's), shows the same not-found page.
 */
@Route("goals/:id")
@RolesAllowed(Role.EMPLOYEE_NAME)
@StyleSheet(GoalTexts.STYLES)
class GoalDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient Goals goals;
    private final transient GoalEditors editors;
    private final transient ObjectProvider<GoalFeedbackLinks> feedbackLinks;
    private final transient TenantSettingsService settings;
    private UUID goalId;
    private GoalDetail detail;
    private String title;
    private ZoneId zone = ZoneId.systemDefault();

    GoalDetailView(Goals goals, GoalEditors editors, ObjectProvider<GoalFeedbackLinks> feedbackLinks,
                   TenantSettingsService settings) {
        this.goals = goals;
        this.editors = editors;
        this.feedbackLinks = feedbackLinks;
        this.settings = settings;
        addClassName("k-page");
        GoalTexts.useStyles(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<GoalDetail> found = event.getRouteParameters().get("id").flatMap(GoalTexts::parseId)
                .flatMap(goals::detail);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        goalId = found.get().summary().id();
        try {
            zone = ZoneId.of(settings.current().timeZone());
        } catch (RuntimeException unknownZone) {
            zone = ZoneId.systemDefault();
        }
        show(found.get());
    }

    /** Reads the goal again (after a change) and redraws; a goal gone meanwhile shows not found on the next visit. */
    private void reload() {
        goals.detail(goalId).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(GoalsView.class)));
    }

    private void show(GoalDetail current) {
        detail = current;
        GoalSummary goal = current.summary();
        title = goal.title();
        removeAll();
        Anchor back = new Anchor("goals", getTranslation("goals-ui.back"));
        H1 heading = new H1(goal.title());
        heading.setId("goal-heading");
        add(new Div(back), heading, facts(current), actions(current));
        if (current.approvalComment() != null && !current.approvalComment().isBlank()) {
            Paragraph approval = new Paragraph(getTranslation("goals-ui.approval.comment", current.approvalComment()));
            approval.addClassName("k-goal-banner");
            add(approval);
        }
        if (current.description() != null && !current.description().isBlank()) {
            Paragraph description = new Paragraph(current.description());
            description.getStyle().set("white-space", "pre-line");
            add(description);
        }
        add(keyResults(current), history(), alignment(current), discussion(current), linkedFeedback());
    }

    // ------------------------------------------------------------------ header

    private Component facts(GoalDetail current) {
        GoalSummary goal = current.summary();
        Div meta = new Div();
        meta.addClassName("k-goal-meta");
        meta.setId("goal-facts");
        meta.add(new Span(GoalTexts.label(this, "level", goal.level())),
                new Span(GoalTexts.label(this, "kind", goal.kind())),
                new Span(getTranslation("goals-ui.status.is", GoalTexts.label(this, "status", goal.status()))),
                new Span(getTranslation("goals-ui.period.is", GoalTexts.period(getLocale(), goal))),
                new Span(getTranslation("goals-ui.owner.is", goal.owner() == null ? "" : goal.owner().name())),
                new Span(getTranslation("goals-ui.visibility.is", GoalTexts.label(this, "visibility", goal.visibility()))));
        if (goal.approval() == ApprovalState.PENDING || goal.approval() == ApprovalState.RETURNED) {
            meta.add(new Span(GoalTexts.label(this, "approval", goal.approval())));
        }
        if (!current.contributors().isEmpty()) {
            meta.add(new Span(getTranslation("goals-ui.contributors.are",
                    String.join(", ", current.contributors().stream().map(p -> p.name()).toList()))));
        }
        Span health = GoalTexts.healthBadge(this, goal.health(), goal.healthOverridden());
        health.setId("goal-health");
        Div progress = GoalTexts.progress(this, goal.title(), goal.progress());
        progress.setId("goal-progress");
        progress.setWidth("min(100%, 420px)");
        Div wrapper = new Div(meta, new Div(health), progress);
        if (current.override() != null) {
            Paragraph reason = new Paragraph(getTranslation("goals-ui.health.override.by",
                    current.override().by() == null ? "" : current.override().by().name(),
                    GoalTexts.instant(getLocale(), zone, current.override().at()), current.override().reason(),
                    current.computedHealth() == null ? "" : GoalTexts.label(this, "health", current.computedHealth())));
            reason.addClassName("k-muted");
            reason.setId("goal-override-reason");
            wrapper.add(reason);
        }
        return wrapper;
    }

    private Component actions(GoalDetail current) {
        GoalSummary goal = current.summary();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setId("goal-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current.mayEdit()) {
            // Check-ins are for active goals (the service refuses others); a draft is activated or approved first.
            if (goal.status() == GoalStatus.ACTIVE) {
                Button checkIn = new Button(getTranslation("goals-ui.checkin"),
                        click -> editors.checkIn(goal.id(), this::reload));
                checkIn.setId("goal-checkin");
                checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(checkIn);
            }
            Button edit = new Button(getTranslation("goals-ui.edit"), click -> editors.edit(current, this::reload));
            edit.setId("goal-edit");
            actions.add(edit);
            if (goal.status() == GoalStatus.DRAFT) {
                boolean needsApproval = goal.level() == GoalLevel.INDIVIDUAL
                        && settings.current().individualGoalsNeedApproval();
                if (needsApproval && goal.approval() != ApprovalState.PENDING) {
                    actions.add(action("goal-submit", "goals-ui.approval.submit",
                            () -> goals.submitForApproval(goal.id(), goal.version())));
                } else if (!needsApproval) {
                    actions.add(action("goal-activate", "goals-ui.activate",
                            () -> goals.changeStatus(goal.id(), goal.version(), GoalStatus.ACTIVE)));
                }
                Button delete = new Button(getTranslation("goals-ui.delete-draft"), click -> confirmDelete(goal));
                delete.setId("goal-delete");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(delete);
            }
            actions.add(statusChanger(goal), healthOverride(current));
        }
        if (current.mayApprove()) {
            actions.add(action("goal-approve", "goals-ui.approval.approve",
                    () -> goals.approve(goal.id(), goal.version(), "")));
            Button giveBack = new Button(getTranslation("goals-ui.approval.return"), click -> returnDialog(goal));
            giveBack.setId("goal-return");
            actions.add(giveBack);
        }
        return actions;
    }

    private Button action(String id, String labelKey, Runnable change) {
        Button button = new Button(getTranslation(labelKey), click -> run(change));
        button.setId(id);
        return button;
    }

    /** Runs a change and redraws; refusals become a message, a concurrent edit says so and shows the newer goal. */
    private void run(Runnable change) {
        try {
            change.run();
            Toast.success(getTranslation("goals-ui.changed"));
        } catch (InvalidInputException refused) {
            Toast.error(String.join(" ", refused.fieldErrors().values().stream().map(this::getTranslation).toList()));
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("goals-ui.conflict"));
        } catch (AccessDeniedException refused) {
            Toast.error(getTranslation("goals-ui.not-allowed"));
        }
        reload();
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
        status.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && change.getValue() != goal.status()) {
                run(() -> goals.changeStatus(goal.id(), goal.version(), change.getValue()));
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
                reload();
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
            run(() -> goals.returnForChanges(goal.id(), goal.version(), comment.getValue()));
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
                        reload();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("goals-ui.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    // ------------------------------------------------------------------ key results

    private Component keyResults(GoalDetail current) {
        Section section = section("goal-key-results", "goals-ui.kr.heading");
        if (current.keyResults().isEmpty()) {
            section.add(new EmptyState(getTranslation("goals-ui.kr.empty.title"), getTranslation("goals-ui.kr.empty")));
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
                        click -> editors.keyResult(goalId, keyResult, this::reload));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("goals-ui.kr.edit.label", keyResult.title()));
                Button delete = new Button(getTranslation("goals-ui.delete"), click -> run(
                        () -> goals.deleteKeyResult(keyResult.id(), keyResult.version())));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("goals-ui.kr.delete.label", keyResult.title()));
                row.add(new HorizontalLayout(edit, delete));
            }
            section.add(row);
        }
        if (current.mayEdit()) {
            Button add = new Button(getTranslation("goals-ui.kr.new"), click -> editors.keyResult(goalId, null, this::reload));
            add.setId("goal-add-kr");
            section.add(add);
        }
        return section;
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
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    run(() -> goals.setMilestoneDone(milestone.id(), milestone.version(), change.getValue()));
                }
            });
            list.add(new Div(done));
        }
        if (mayEdit) {
            TextField newMilestone = new TextField(getTranslation("goals-ui.kr.milestone.new"));
            Button add = new Button(getTranslation("goals-ui.kr.milestone.add"), click -> {
                if (!newMilestone.getValue().isBlank()) {
                    run(() -> goals.addMilestone(keyResult.id(), newMilestone.getValue().strip()));
                }
            });
            add.setAriaLabel(getTranslation("goals-ui.kr.milestone.add.label", keyResult.title()));
            HorizontalLayout adder = new HorizontalLayout(newMilestone, add);
            adder.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(adder);
        }
        return list;
    }

    // ------------------------------------------------------------------ history chart

    private Component history() {
        Section section = section("goal-history", "goals-ui.history.heading");
        List<CheckIn> checkIns = goals.checkIns(goalId);
        if (checkIns.isEmpty()) {
            section.add(new EmptyState(getTranslation("goals-ui.history.empty.title"),
                    getTranslation("goals-ui.history.empty")));
            return section;
        }
        var when = GoalTexts.dateTimes(getLocale(), zone);
        List<String> labels = checkIns.stream().map(c -> when.format(c.at())).toList();
        String progressName = getTranslation("goals-ui.progress");
        String confidenceName = getTranslation("goals-ui.checkin.confidence");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 8, "top", 40, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", List.of(
                Map.of("type", "value", "name", progressName + " (%)", "min", 0, "max", 100),
                Map.of("type", "value", "name", confidenceName, "min", 0, "max", 10, "splitLine", Map.of("show", false))));
        option.put("series", List.of(
                Map.of("name", progressName, "type", "line", "yAxisIndex", 0, "smooth", false,
                        "data", checkIns.stream().map(c -> Math.round(c.goalProgress() * 1000) / 10.0).toList(),
                        "itemStyle", Map.of("color", "#2f6f5e")),
                Map.of("name", confidenceName, "type", "line", "yAxisIndex", 1, "lineStyle", Map.of("type", "dashed"),
                        "data", checkIns.stream().map(CheckIn::confidence).toList(),
                        "itemStyle", Map.of("color", "#8a5a00"))));
        EChart chart = new EChart(getTranslation("goals-ui.history.chart"));
        chart.setId("goal-history-chart");
        chart.setHeight("280px");
        chart.setOption(JSON.writeValueAsString(option));

        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("goal-history-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("goals-ui.history.when")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.who")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.kr")),
                new NativeTableHeaderCell(getTranslation("goals-ui.history.value")),
                new NativeTableHeaderCell(progressName), new NativeTableHeaderCell(confidenceName),
                new NativeTableHeaderCell(getTranslation("goals-ui.checkin.comment"))));
        NativeTableBody body = new NativeTableBody();
        for (CheckIn checkIn : checkIns) {
            body.add(new NativeTableRow(new NativeTableCell(when.format(checkIn.at())),
                    new NativeTableCell(checkIn.author() == null ? "" : checkIn.author().name()),
                    new NativeTableCell(checkIn.keyResultTitle() == null ? "" : checkIn.keyResultTitle()),
                    new NativeTableCell(GoalTexts.number(getLocale(), checkIn.value())),
                    new NativeTableCell(GoalTexts.percent(getLocale(), checkIn.goalProgress())),
                    new NativeTableCell(String.valueOf(checkIn.confidence())),
                    new NativeTableCell(checkIn.comment() == null ? "" : checkIn.comment())));
        }
        table.add(head, body);
        section.add(chart, table);

        UnorderedList recent = new UnorderedList();
        recent.setId("goal-checkins");
        checkIns.reversed().stream().limit(5).forEach(checkIn -> recent.add(new ListItem(getTranslation(
                "goals-ui.history.entry", when.format(checkIn.at()),
                checkIn.author() == null ? "" : checkIn.author().name(),
                GoalTexts.percent(getLocale(), checkIn.goalProgress()), checkIn.confidence(),
                checkIn.comment() == null ? "" : checkIn.comment()))));
        recent.getElement().setAttribute("aria-hidden", "true");
        section.add(recent);
        return section;
    }

    // ------------------------------------------------------------------ alignment, discussion, feedback

    private Component alignment(GoalDetail current) {
        Section section = section("goal-alignment", "goals-ui.alignment.heading");
        if (current.parent() != null) {
            Paragraph parent = new Paragraph(getTranslation("goals-ui.alignment.parent") + " ");
            parent.add(new Anchor("goals/" + current.parent().id(), current.parent().title()));
            parent.setId("goal-parent-link");
            section.add(parent);
        } else {
            Paragraph none = new Paragraph(getTranslation("goals-ui.alignment.no-parent"));
            none.addClassName("k-muted");
            section.add(none);
        }
        if (!current.children().isEmpty()) {
            section.add(new Paragraph(getTranslation("goals-ui.alignment.children")));
            UnorderedList children = new UnorderedList();
            children.setId("goal-children");
            for (GoalSummary child : current.children()) {
                children.add(new ListItem(new Anchor("goals/" + child.id(), child.title()), new Span(" · "),
                        new Span(GoalTexts.percent(getLocale(), child.progress())), new Span(" · "),
                        GoalTexts.healthBadge(this, child.health(), child.healthOverridden())));
            }
            section.add(children);
        }
        return section;
    }

    private Component discussion(GoalDetail current) {
        Section section = section("goal-discussion", "goals-ui.discussion.heading");
        List<GoalComment> comments = goals.comments(goalId);
        if (comments.isEmpty()) {
            section.add(new EmptyState(getTranslation("goals-ui.discussion.empty.title"),
                    getTranslation("goals-ui.discussion.empty")));
        }
        for (GoalComment comment : comments) {
            Div entry = new Div();
            entry.addClassName("k-goal-comment");
            Span who = new Span(getTranslation("goals-ui.discussion.by", comment.author() == null ? ""
                    : comment.author().name(), GoalTexts.instant(getLocale(), zone, comment.at())));
            who.addClassName("k-muted");
            Paragraph body = new Paragraph(comment.body());
            body.getStyle().set("white-space", "pre-line");
            entry.add(who, body);
            section.add(entry);
        }
        if (current.mayEdit() || current.mayApprove()) {
            TextArea body = new TextArea(getTranslation("goals-ui.discussion.new"));
            body.setId("goal-comment");
            body.setMaxLength(GoalComment.MAX_BODY);
            body.setWidthFull();
            Button post = new Button(getTranslation("goals-ui.discussion.post"), click -> {
                body.setInvalid(false);
                if (body.getValue().isBlank()) {
                    body.setErrorMessage(getTranslation("goals-ui.discussion.required"));
                    body.setInvalid(true);
                    return;
                }
                try {
                    goals.comment(goalId, body.getValue());
                    reload();
                } catch (InvalidInputException refused) {
                    body.setErrorMessage(String.join(" ",
                            refused.fieldErrors().values().stream().map(this::getTranslation).toList()));
                    body.setInvalid(true);
                } catch (AccessDeniedException refused) {
                    body.setErrorMessage(getTranslation("goals-ui.not-allowed"));
                    body.setInvalid(true);
                }
            });
            post.setId("goal-comment-post");
            section.add(body, post);
        }
        return section;
    }

    private Component linkedFeedback() {
        Section section = section("goal-feedback", "goals-ui.feedback.heading");
        GoalFeedbackLinks links = feedbackLinks.getIfAvailable();
        List<LinkedFeedback> feedback = links == null ? List.of() : links.forGoal(goalId);
        if (feedback.isEmpty()) {
            section.add(new EmptyState(getTranslation("goals-ui.feedback.empty.title"),
                    getTranslation("goals-ui.feedback.empty")));
            return section;
        }
        for (LinkedFeedback item : feedback) {
            Div entry = new Div();
            entry.addClassName("k-goal-comment");
            Span who = new Span(getTranslation("goals-ui.discussion.by", item.authorLabel(),
                    GoalTexts.instant(getLocale(), zone, item.givenAt())));
            who.addClassName("k-muted");
            entry.add(who, new Paragraph(item.excerpt()));
            section.add(entry);
        }
        return section;
    }

    private Section section(String id, String headingKey) {
        Section section = new Section();
        section.setId(id);
        section.addClassNames("k-card", "k-goal-section");
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("k-card-title");
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
