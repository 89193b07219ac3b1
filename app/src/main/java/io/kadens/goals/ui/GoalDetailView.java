package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.goals.ApprovalState;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalFeedbackLinks;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalDiscussion;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.Goals;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * One goal: progress and health, the actions the user may take on it ({@link GoalActions}), key
 * results with their milestones ({@link KeyResultsPanel}), check-ins with the history chart
 * ({@link CheckInHistoryPanel}), where it aligns, the discussion and linked feedback. A goal that is
 * missing, or that the user may not see (also another tenant's), shows the same not-found page.
 */
@Route("goals/:id")
@RolesAllowed(Role.EMPLOYEE_NAME)
@StyleSheet(GoalTexts.STYLES)
class GoalDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Goals goals;
    private final transient GoalQueries goalQueries;
    private final transient GoalTracking goalTracking;
    private final transient GoalDiscussion goalDiscussion;
    private final transient GoalEditors editors;
    private final transient ObjectProvider<GoalFeedbackLinks> feedbackLinks;
    private final transient TenantSettingsService settings;
    private UUID goalId;
    private GoalDetail detail;
    private String title;
    private ZoneId zone = ZoneId.of("UTC");

    GoalDetailView(Goals goals, GoalQueries goalQueries, GoalTracking goalTracking, GoalDiscussion goalDiscussion,
                   GoalEditors editors, ObjectProvider<GoalFeedbackLinks> feedbackLinks, TenantSettingsService settings) {
        this.goals = goals;
        this.goalQueries = goalQueries;
        this.goalTracking = goalTracking;
        this.goalDiscussion = goalDiscussion;
        this.editors = editors;
        this.feedbackLinks = feedbackLinks;
        this.settings = settings;
        addClassName("k-page");
        GoalTexts.useStyles(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<GoalDetail> found = event.getRouteParameters().get("id").flatMap(GoalTexts::parseId)
                .flatMap(goalQueries::detail);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        goalId = found.get().summary().id();
        zone = settings.zone();
        show(found.get());
    }

    /** Reads the goal again (after a change) and redraws; a goal gone meanwhile shows not found on the next visit. */
    private void reload() {
        goalQueries.detail(goalId).ifPresentOrElse(this::show,
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
        add(new Div(back), heading, facts(current),
                new GoalActions(current, goals, editors, settings, this::run, this::reload));
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
        GoalFeedbackLinks links = feedbackLinks.getIfAvailable();
        add(new KeyResultsPanel(current, goalTracking, editors, this::run, this::reload),
                new CheckInHistoryPanel(goalTracking.checkIns(goalId), zone),
                new GoalAlignmentPanel(current),
                new GoalDiscussionPanel(current, goalDiscussion.comments(goalId), goalDiscussion, zone, this::reload),
                new LinkedFeedbackPanel(links == null ? List.of() : links.forGoal(goalId), zone));
    }

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

    /** Runs a change and redraws; refusals become a message, a concurrent edit says so and shows the newer goal. */
    private void run(Runnable change) {
        try {
            change.run();
            Toast.success(getTranslation("goals-ui.changed"));
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("goals-ui.conflict"));
        } catch (AccessDeniedException refused) {
            Toast.error(getTranslation("goals-ui.not-allowed"));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
