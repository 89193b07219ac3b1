package io.kadens.reviews.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.reviews.ReviewTask;
import io.kadens.reviews.ReviewSharing;
import io.kadens.reviews.SharedReview;
import io.kadens.reviews.ReviewWriting;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/** The reviews I have to write, in every cycle: my self review, my reports', peer and upward reviews. */
@Route("reviews")
@Menu(order = 11.25, title = "reviewwriting.nav", icon = "vaadin:clipboard-user")
@RolesAllowed(Role.EMPLOYEE_NAME)
class ReviewTasksView extends Main implements PageTitles.Translated {

    private final transient ReviewSharing sharing;
    private final transient CurrentUser currentUser;

    ReviewTasksView(ReviewWriting writing, ReviewSharing sharing, CurrentUser currentUser) {
        this.sharing = sharing;
        this.currentUser = currentUser;
        addClassName("k-page");
        add(new H1(getTranslation("reviewwriting.tasks.heading")));
        List<ReviewTask> tasks = writing.myTasks();
        if (tasks.isEmpty()) {
            add(new EmptyState(getTranslation("reviewwriting.tasks.empty"),
                    getTranslation("reviewwriting.tasks.empty.text")));
            add(links360(tasks));
            return;
        }
        add(new Paragraph(getTranslation("reviewwriting.tasks.intro")));
        Grid<ReviewTask> grid = new Grid<>();
        grid.setId("review-tasks");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::link).setHeader(getTranslation("reviewwriting.tasks.col.review")).setFlexGrow(2);
        grid.addColumn(t -> t.cycleName()).setHeader(getTranslation("reviewwriting.tasks.col.cycle"));
        grid.addColumn(t -> date(t.deadline())).setHeader(getTranslation("reviewwriting.tasks.col.deadline"));
        grid.addColumn(this::status).setHeader(getTranslation("reviewwriting.tasks.col.status"));
        ResponsiveList<ReviewTask> list = new ResponsiveList<>(grid, getTranslation("reviewwriting.tasks.heading"))
                .cardTitle(this::link)
                .cardFact("cycle", getTranslation("reviewwriting.tasks.col.cycle"), ReviewTask::cycleName)
                .cardFact("deadline", getTranslation("reviewwriting.tasks.col.deadline"), t -> date(t.deadline()))
                .cardFact("status", getTranslation("reviewwriting.tasks.col.status"), this::status);
        list.setItems(tasks);
        add(list);
        add(links360(tasks));
    }

    /** Where 360 work continues: the requests to review peers, and each running cycle's peer nominations. */
    private com.vaadin.flow.component.html.Nav links360(List<ReviewTask> tasks) {
        com.vaadin.flow.component.html.Nav nav = new com.vaadin.flow.component.html.Nav();
        nav.setId("review-360-links");
        nav.getElement().setAttribute("aria-label", getTranslation("ui360.tasks.more"));
        com.vaadin.flow.component.html.UnorderedList links = new com.vaadin.flow.component.html.UnorderedList();
        links.add(new com.vaadin.flow.component.html.ListItem(
                new Anchor("reviews/peer-requests", getTranslation("ui360.tasks.requests"))));
        tasks.stream().filter(t -> t.cycleStatus() != io.kadens.reviews.CycleStatus.CLOSED)
                .collect(java.util.stream.Collectors.toMap(ReviewTask::cycleId, ReviewTask::cycleName, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .forEach((cycleId, name) -> links.add(new com.vaadin.flow.component.html.ListItem(new Anchor(
                        "reviews/cycle/" + cycleId + "/peers", getTranslation("ui360.tasks.peers", name)))));
        UUID me = currentUser.require().personId();
        sharing.myCycles().stream().filter(SharedReview.MyCycle::shared)
                .forEach(c -> links.add(new com.vaadin.flow.component.html.ListItem(new Anchor(
                        "reviews/cycle/" + c.cycleId() + "/outcome/" + me,
                        getTranslation("ui360.tasks.outcome.mine", c.cycleName())))));
        tasks.stream().filter(t -> t.form() == io.kadens.reviews.ReviewForm.MANAGER)
                .forEach(t -> links.add(new com.vaadin.flow.component.html.ListItem(new Anchor(
                        "reviews/cycle/" + t.cycleId() + "/outcome/" + t.subjectId(),
                        getTranslation("ui360.tasks.outcome.of", t.subjectName(), t.cycleName())))));
        nav.add(links);
        return nav;
    }

    private Anchor link(ReviewTask task) {
        String title = getTranslation("reviewwriting.form." + task.form().name(), task.subjectName());
        return new Anchor("reviews/" + task.reviewId(), title);
    }

    private String status(ReviewTask task) {
        String status = getTranslation("reviewwriting.status." + task.status().name());
        return task.status() != io.kadens.reviews.ReviewStatus.SUBMITTED && task.refusal() != null
                ? status + " · " + getTranslation("reviewwriting.refusal.short." + task.refusal())
                : status;
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    @Override
    public String titleKey() {
        return "reviewwriting.tasks.title";
    }
}
