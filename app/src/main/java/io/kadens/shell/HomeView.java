package io.kadens.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.Card;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.StyleSheets;
import io.kadens.nextsteps.Home;
import io.kadens.nextsteps.HomeFigure;
import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextSteps;
import io.kadens.people.DepartmentHeadcount;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.HomeOverview;
import io.kadens.people.PeopleService;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The start page: what to do next (every feature's {@link io.kadens.nextsteps.NextStepsSource} items, most
 * urgent first, in lists for you, your team and the organisation, with small summary charts), then the
 * people around you (manager, team, reports, department), and for HR admins the head count per department.
 * Everything is read when the page is built: it arrives complete in the first response.
 */
@Route("")
@StyleSheet(HomeView.STYLES)
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    static final String OPERATOR_HOME = "operator/tenants";
    static final String STYLES = "context://kadens/home.css";

    private final KadensUser user;

    HomeView(CurrentUser currentUser, PeopleService people, NextSteps nextSteps) {
        this.user = currentUser.require();
        addClassName("k-page");
        if (user.isOperator()) {
            return;
        }
        StyleSheets.loadWith(this, STYLES);
        HomeOverview overview = people.homeOverview();
        H1 title = new H1(getTranslation("home.welcome", overview.me().givenName()));
        Paragraph subtitle = new Paragraph(overview.me().jobTitle() == null ? user.organisationName()
                : getTranslation("home.subtitle", overview.me().jobTitle(), user.organisationName()));
        subtitle.addClassName("k-muted");

        Div cards = new Div();
        cards.addClassName("k-grid-cards");
        cards.add(managerCard(overview));
        if (!overview.directReports().isEmpty()) {
            cards.add(peopleCard("home.reports", "home.reports.empty", overview.directReports(), "my-reports"));
        }
        cards.add(peopleCard("home.team", "home.team.empty", overview.peers(), "my-team"));
        cards.add(departmentCard(overview));
        add(title, subtitle);
        add(nextSteps(nextSteps.forMe()));
        add(cards);
        if (user.has(Role.HR_ADMIN)) {
            add(headcountCard(people.headcounts()));
        }
    }

    /** The operator belongs to no tenant and has no colleagues: their start page is the tenant list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.isOperator()) {
            event.forwardTo(OPERATOR_HOME);
        }
    }

    @Override
    public String titleKey() {
        return "nav.home";
    }

    private Component nextSteps(Home home) {
        Div lists = new Div();
        lists.addClassName("k-next-lists");
        lists.setId("next-steps");
        NextStepTimes dates = new NextStepTimes(getLocale(), home.zone());
        lists.add(nextList(NextStep.Audience.MINE, home.steps(NextStep.Audience.MINE), dates));
        if (user.has(Role.MANAGER) || !home.steps(NextStep.Audience.TEAM).isEmpty()) {
            lists.add(nextList(NextStep.Audience.TEAM, home.steps(NextStep.Audience.TEAM), dates));
        }
        if (user.has(Role.HR_ADMIN)) {
            lists.add(nextList(NextStep.Audience.ORGANISATION, home.steps(NextStep.Audience.ORGANISATION), dates));
        }
        Div figures = new Div();
        figures.addClassName("k-next-figures");
        home.figures().forEach(figure -> figures.add(figureCard(figure)));
        Div all = new Div(lists);
        if (!home.figures().isEmpty()) {
            all.add(figures);
        }
        return all;
    }

    private Component nextList(NextStep.Audience audience, List<NextStep> steps, NextStepTimes dates) {
        String key = audience.name().toLowerCase(java.util.Locale.ROOT);
        Card card = new Card(getTranslation("nextsteps.list." + key));
        card.setId("next-" + key);
        if (steps.isEmpty()) {
            card.add(new EmptyState(getTranslation("nextsteps.list." + key + ".empty"), ""));
            return card;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("k-next-list");
        for (NextStep step : steps) {
            Anchor link = new Anchor(step.link(), getTranslation(step.textKey(), step.arguments().toArray()));
            link.setId(step.id());
            link.addClassName("k-next-link");
            ListItem item = new ListItem(link);
            item.addClassName("k-next-item");
            if (step.urgency() != NextStep.Urgency.LATER) {
                Span urgency = new Span(getTranslation("nextsteps.urgency." + step.urgency().name()));
                urgency.addClassName("k-next-urgency");
                urgency.getElement().setAttribute("data-urgency", step.urgency().name());
                item.add(urgency);
            }
            if (step.at() != null) {
                Span when = new Span(dates.format(step.at()));
                when.addClassName("k-muted");
                item.add(when);
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Component figureCard(HomeFigure figure) {
        String title = getTranslation(figure.titleKey());
        List<String> labels = figure.rows().stream()
                .map(row -> row.labelKey() == null ? row.label() : getTranslation(row.labelKey())).toList();
        List<Integer> values = figure.rows().stream()
                .map(row -> (int) Math.round(figure.percent() ? row.value() * 100 : row.value())).toList();
        String series = getTranslation(figure.valueHeaderKey());
        EChart chart = new EChart(title);
        chart.setOption(figure.percent() ? Charts.percentBars(labels, values, series)
                : Charts.horizontalBars(labels, values, series));
        chart.setHeight(Math.max(120, 40 * labels.size() + 40) + "px");
        List<String> shown = values.stream().map(v -> figure.percent() ? v + " %" : String.valueOf(v)).toList();
        Card card = new Card(title, chart, Charts.accessibleTable(labels, shown,
                getTranslation(figure.labelHeaderKey()), series),
                new Anchor(figure.link(), getTranslation("nextsteps.figure.details", title)));
        card.setId(figure.id());
        return card;
    }

    private Component managerCard(HomeOverview overview) {
        Card card = overview.manager()
                .map(manager -> new Card(getTranslation("home.manager"), PersonLink.of(manager)))
                .orElseGet(() -> new Card(getTranslation("home.manager"),
                        new EmptyState(getTranslation("home.manager.none"), getTranslation("home.manager.none.detail"))));
        card.setId("my-manager");
        return card;
    }

    private Component peopleCard(String titleKey, String emptyKey, List<DirectoryEntry> people, String id) {
        Card card = new Card(getTranslation(titleKey) + " (" + people.size() + ")");
        card.setId(id);
        if (people.isEmpty()) {
            card.add(new EmptyState(getTranslation(emptyKey), ""));
        }
        people.forEach(person -> card.add(PersonLink.of(person)));
        return card;
    }

    private Component departmentCard(HomeOverview overview) {
        Card card = overview.department()
                .map(department -> new Card(getTranslation("home.department"),
                        new Span(department.name()),
                        new Paragraph(getTranslation("home.department.count", department.activePeople())),
                        everyoneLink(department.departmentId())))
                .orElseGet(() -> new Card(getTranslation("home.department"),
                        new EmptyState(getTranslation("home.department.none"), "")));
        card.setId("my-department");
        return card;
    }

    /**
     * Underlined: at phone width the link flows in the card's text, where colour alone would not tell it
     * apart (axe's link-in-text-block).
     */
    private Anchor everyoneLink(java.util.UUID departmentId) {
        Anchor link = new Anchor("people?department=" + departmentId, getTranslation("home.department.everyone"));
        link.getStyle().set("text-decoration", "underline");
        return link;
    }

    private Component headcountCard(List<DepartmentHeadcount> headcounts) {
        String title = getTranslation("home.headcount");
        EChart chart = new EChart(title);
        chart.setOption(Charts.horizontalBars(
                headcounts.stream().map(DepartmentHeadcount::name).toList(),
                headcounts.stream().map(DepartmentHeadcount::activePeople).toList(),
                getTranslation("home.headcount.series")));
        Card card = new Card(title, chart, Charts.accessibleTable(headcounts, getTranslation("home.department"),
                getTranslation("home.headcount.series")));
        card.setId("headcount");
        card.getStyle().set("margin-top", "var(--lumo-space-m)");
        return card;
    }
}
