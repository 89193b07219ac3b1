package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycle;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.StaleGoals;
import io.kadens.goals.StaleGoal;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Goals for everyone: the person's own goals (with a reminder for goals nobody updated lately and,
 * for managers, the goals waiting for their approval), their team's goals (managers), and the
 * company's alignment tree. The tab is in the address ({@code ?tab=team}) so that it can be linked.
 */
@Route("goals")
@Menu(order = 2, title = "goals-ui.nav", icon = "vaadin:bullseye")
@RolesAllowed(Role.EMPLOYEE_NAME)
@StyleSheet(GoalTexts.STYLES)
class GoalsView extends Main implements PageTitles.Translated, BeforeEnterObserver {

    private final transient GoalQueries goals;
    private final transient StaleGoals staleGoals;
    private final transient GoalAdministration administration;
    private final transient GoalEditors editors;
    private final transient TenantSettingsService settings;
    private final KadensUser user;
    // The tabs are links in a labelled navigation (aria-current on the chosen one): each has its own
    // address, works without scripts, and axe finds nothing to object to (a tablist must own tabs).
    private final Nav tabs = new Nav();
    private final Anchor mine = new Anchor("goals?tab=mine");
    private final Anchor team = new Anchor("goals?tab=team");
    private final Anchor company = new Anchor("goals?tab=company");
    private Anchor selected = mine;
    private final Div content = new Div();
    private final Select<GoalCycle> cycle = new Select<>();

    GoalsView(GoalQueries goals, StaleGoals staleGoals, GoalAdministration administration, GoalEditors editors, TenantSettingsService settings,
              CurrentUser currentUser) {
        this.goals = goals;
        this.staleGoals = staleGoals;
        this.administration = administration;
        this.editors = editors;
        this.settings = settings;
        this.user = currentUser.require();
        addClassName("k-page");
        GoalTexts.useStyles(this);

        mine.setText(getTranslation("goals-ui.tab.mine"));
        mine.setId("goals-tab-mine");
        team.setText(getTranslation("goals-ui.tab.team"));
        team.setId("goals-tab-team");
        company.setText(getTranslation("goals-ui.tab.company"));
        company.setId("goals-tab-company");
        tabs.add(mine);
        if (user.has(Role.MANAGER)) {
            tabs.add(team);
        }
        tabs.add(company);
        tabs.addClassName("k-goal-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("goals-ui.tabs"));

        cycle.setLabel(getTranslation("goals-ui.period"));
        cycle.setId("goals-cycle");
        cycle.setItems(administration.cycles());
        cycle.setEmptySelectionAllowed(true);
        cycle.setEmptySelectionCaption(getTranslation("goals-ui.period.all"));
        cycle.setItemLabelGenerator(c -> c == null ? getTranslation("goals-ui.period.all") : c.name());
        cycle.addValueChangeListener(change -> show());

        Button create = new Button(getTranslation("goals-ui.new"), click -> editors.create(this::openGoal));
        create.setId("goals-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("goals-ui.heading")), create);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        content.setId("goals-content");
        add(header, tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("mine");
        selected = switch (wanted) {
            case "team" -> user.has(Role.MANAGER) ? team : mine;
            case "company" -> company;
            default -> mine;
        };
        for (Anchor tab : List.of(mine, team, company)) {
            if (tab == selected) {
                tab.getElement().setAttribute("aria-current", "page");
            } else {
                tab.getElement().removeAttribute("aria-current");
            }
        }
        show();
    }

    private void openGoal(java.util.UUID id) {
        getUI().ifPresent(ui -> ui.navigate("goals/" + id));
    }

    private void show() {
        content.removeAll();
        if (selected == company) {
            content.add(new GoalTreePanel(goals, administration, editors.departments()));
        } else if (selected == team) {
            content.add(filters(), teamGoals());
        } else {
            content.add(filters());
            staleBanner().ifPresent(content::add);
            content.add(myGoals());
            if (user.has(Role.MANAGER) && settings.current().individualGoalsNeedApproval()) {
                content.add(pendingApprovals());
            }
        }
    }

    private HorizontalLayout filters() {
        HorizontalLayout filters = new HorizontalLayout(cycle);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private java.util.Optional<Div> staleBanner() {
        List<StaleGoal> stale = staleGoals.of(user.personId());
        if (stale.isEmpty()) {
            return java.util.Optional.empty();
        }
        int days = administration.settings().staleAfterDays();
        Div banner = new Div();
        banner.addClassName("k-goal-banner");
        banner.setId("goals-stale");
        banner.getElement().setAttribute("role", "region");
        banner.getElement().setAttribute("aria-label", getTranslation("goals-ui.stale.label"));
        Paragraph text = new Paragraph(getTranslation("goals-ui.stale.text", stale.size(), days));
        UnorderedList list = new UnorderedList();
        for (StaleGoal goal : stale) {
            Span age = new Span(getTranslation("goals-ui.stale.days", goal.daysWithoutUpdate()));
            age.addClassName("k-muted");
            ListItem item = new ListItem(new Anchor("goals/" + goal.goal().id(), goal.goal().title()), new Span(" "),
                    age);
            // Only active goals take check-ins; a stale draft is opened to be finished (the link above).
            if (goal.goal().status() == io.kadens.goals.GoalStatus.ACTIVE) {
                Button checkIn = new Button(getTranslation("goals-ui.checkin"),
                        click -> editors.checkIn(goal.goal().id(), this::show));
                checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
                checkIn.setAriaLabel(getTranslation("goals-ui.checkin.label", goal.goal().title()));
                item.add(new Span(" "), checkIn);
            }
            list.add(item);
        }
        banner.add(text, list);
        return java.util.Optional.of(banner);
    }

    private Component myGoals() {
        List<GoalSummary> items = goals.myGoals(cycle.getValue() == null ? null : cycle.getValue().id());
        if (items.isEmpty()) {
            return new EmptyState(getTranslation("goals-ui.mine.empty.title"), getTranslation("goals-ui.mine.empty"));
        }
        ResponsiveList<GoalSummary> list = goalList("goals-mine", getTranslation("goals-ui.tab.mine"), false);
        Grid<GoalSummary> grid = list.grid();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        list.setItems(items);
        Button copy = new Button(getTranslation("goals-ui.copy"));
        copy.setId("goals-copy");
        copy.setEnabled(false);
        grid.addSelectionListener(selection -> copy.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        copy.addClickListener(click -> editors.copy(List.copyOf(grid.getSelectedItems()), this::show));
        Span hint = new Span(getTranslation("goals-ui.copy.hint"));
        hint.addClassName("k-muted");
        HorizontalLayout actions = new HorizontalLayout(copy, hint);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("k-goal-copy");
        return new Div(list, actions);
    }

    private Component teamGoals() {
        List<GoalSummary> items = goals.teamGoals(cycle.getValue() == null ? null : cycle.getValue().id());
        if (items.isEmpty()) {
            return new EmptyState(getTranslation("goals-ui.team.empty.title"), getTranslation("goals-ui.team.empty"));
        }
        ResponsiveList<GoalSummary> list = goalList("goals-team", getTranslation("goals-ui.tab.team"), true);
        list.setItems(items);
        return list;
    }

    private Component pendingApprovals() {
        List<GoalSummary> pending = goals.pendingApprovals();
        Div section = new Div(new H2(getTranslation("goals-ui.approvals")));
        section.addClassName("k-goal-section");
        if (pending.isEmpty()) {
            section.add(new EmptyState(getTranslation("goals-ui.approvals.empty.title"),
                    getTranslation("goals-ui.approvals.empty")));
            return section;
        }
        ResponsiveList<GoalSummary> list = goalList("goals-approvals", getTranslation("goals-ui.approvals"), true);
        list.setItems(pending);
        section.add(list);
        return section;
    }

    /**
     * A list of goals: a grid with title (a link to the detail), owner, level, period, status, health and
     * progress; on a phone, cards with the title, health and progress (and owner and period).
     */
    private ResponsiveList<GoalSummary> goalList(String id, String label, boolean withOwner) {
        Grid<GoalSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", label);
        grid.addComponentColumn(goal -> new Anchor("goals/" + goal.id(), goal.title()))
                .setHeader(getTranslation("goals-ui.goal")).setFlexGrow(3);
        if (withOwner) {
            grid.addColumn(goal -> goal.owner() == null ? "" : goal.owner().name())
                    .setHeader(getTranslation("goals-ui.owner")).setFlexGrow(2);
        }
        grid.addColumn(goal -> GoalTexts.label(this, "level", goal.level())).setHeader(getTranslation("goals-ui.level"));
        grid.addColumn(goal -> GoalTexts.period(getLocale(), goal)).setHeader(getTranslation("goals-ui.period"))
                .setFlexGrow(2);
        grid.addColumn(goal -> GoalTexts.label(this, "status", goal.status())).setHeader(getTranslation("goals-ui.status"));
        grid.addComponentColumn(goal -> GoalTexts.healthBadge(this, goal.health(), goal.healthOverridden()))
                .setHeader(getTranslation("goals-ui.health")).setFlexGrow(2);
        grid.addComponentColumn(goal -> GoalTexts.progress(this, goal.title(), goal.progress()))
                .setHeader(getTranslation("goals-ui.progress")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        ResponsiveList<GoalSummary> list = new ResponsiveList<>(grid, label)
                .cardTitle(goal -> new Anchor("goals/" + goal.id(), goal.title()))
                .cardFact("health", getTranslation("goals-ui.health"),
                        goal -> GoalTexts.healthBadge(this, goal.health(), goal.healthOverridden()))
                .cardFact("progress", getTranslation("goals-ui.progress"),
                        goal -> GoalTexts.progress(this, goal.title(), goal.progress()));
        if (withOwner) {
            list.cardFact("owner", getTranslation("goals-ui.owner"), goal -> goal.owner() == null ? null : goal.owner().name());
        }
        list.cardFact("period", getTranslation("goals-ui.period"), goal -> GoalTexts.period(getLocale(), goal));
        return list;
    }

    @Override
    public String titleKey() {
        return "goals-ui.heading";
    }
}
