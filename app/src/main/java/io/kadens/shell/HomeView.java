package io.kadens.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.Card;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
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
 * The start page: the people around you (manager, team, reports, department), and for HR admins
 * the head count per department.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    static final String OPERATOR_HOME = "operator/tenants";

    private final KadensUser user;

    HomeView(CurrentUser currentUser, PeopleService people) {
        this.user = currentUser.require();
        addClassName("k-page");
        if (user.isOperator()) {
            return;
        }
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
        add(title, subtitle, cards);
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
                        new Anchor("people?department=" + department.departmentId(),
                                getTranslation("home.department.everyone"))))
                .orElseGet(() -> new Card(getTranslation("home.department"),
                        new EmptyState(getTranslation("home.department.none"), "")));
        card.setId("my-department");
        return card;
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
