package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import io.kadens.calibration.CalibrationSessions;
import io.kadens.calibration.ScopeKind;
import io.kadens.calibration.SessionDraft;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The role matrix of review cycles (issue 15): for each role and each operation, allowed or denied, enforced
 * by the services. The employee has no reports; the manager has reports; the operator has no tenant. Then every page of
 * the review features, route by route: the route's own annotation, checked as Vaadin's navigation checks it, and the
 * reads the page makes on entering.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        boolean run(ReviewsRoleMatrixTest t);
    }

    static final boolean Y = true;
    static final boolean N = false;

    record Row(String operation, boolean employee, boolean manager, boolean hrAdmin, boolean operator, Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case EMPLOYEE -> employee;
                case MANAGER -> manager;
                case HR_ADMIN -> hrAdmin;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("list review templates", N, N, Y, N, t -> !t.templates.templates().isEmpty()),
            new Row("read a review template and its versions", N, N, Y, N,
                    t -> t.templates.template(t.seeded.template()).isPresent()
                            && !t.templates.versions(t.seeded.template()).isEmpty()),
            new Row("create a review template", N, N, Y, N, t -> t.templates.create(ReviewTemplates.starter()) != null),
            new Row("save a new template version", N, N, Y, N, t -> {
                ReviewTemplate current = t.templates.template(t.seeded.template()).orElseThrow();
                return t.templates.update(current.id(), ReviewTemplates.starter(), current.version()) != null;
            }),
            new Row("archive and restore a template", N, N, Y, N, t -> {
                ReviewTemplate current = t.templates.template(t.seeded.template()).orElseThrow();
                ReviewTemplate archived = t.templates.setArchived(current.id(), true, current.version());
                return !t.templates.setArchived(current.id(), false, archived.version()).archived();
            }),
            new Row("list review cycles", N, N, Y, N, t -> !t.cycles.cycles().isEmpty()),
            new Row("read a cycle, its participants and unfinished reviews", N, N, Y, N,
                    t -> t.cycles.cycle(t.seeded.cycle()).isPresent() && !t.cycles.participants(t.seeded.cycle()).isEmpty()
                            && !t.cycles.unfinished(t.seeded.cycle()).isEmpty()),
            new Row("set up and launch a cycle", N, N, Y, N, t -> {
                CycleDraft base = ReviewCycles.defaultDraft(CycleKind.PROJECT, t.seeded.template(), io.kadens.support.TestTenants.today());
                ReviewCycle draft = t.cycles.create(new CycleDraft("Matrix", base.kind(), base.templateId(),
                        base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                        new ParticipantSelection(null, null, java.util.Set.of(t.c.employee().id()))));
                return t.cycles.launch(draft.id(), draft.version()).status() == CycleStatus.ACTIVE;
            }),
            new Row("pause and resume a cycle", N, N, Y, N, t -> {
                ReviewCycle cycle = t.cycles.cycle(t.seeded.cycle()).orElseThrow();
                ReviewCycle paused = t.cycles.pause(cycle.id(), cycle.version());
                return t.cycles.resume(cycle.id(), paused.version()).status() == CycleStatus.ACTIVE;
            }),
            new Row("extend a deadline", N, N, Y, N, t -> {
                ReviewCycle cycle = t.cycles.cycle(t.seeded.cycle()).orElseThrow();
                return t.cycles.extendDeadline(cycle.id(), CyclePhase.SHARING,
                        cycle.deadlines().get(CyclePhase.SHARING).plusDays(1), cycle.version()) != null;
            }),
            new Row("add and remove a participant", N, N, Y, N, t -> {
                t.cycles.addParticipant(t.seeded.cycle(), t.c.outsider().id());
                return !t.cycles.removeParticipant(t.seeded.cycle(), t.c.outsider().id()).active();
            }),
            new Row("close a cycle", N, N, Y, N, t -> {
                CycleDraft base = ReviewCycles.defaultDraft(CycleKind.PROJECT, t.seeded.template(), io.kadens.support.TestTenants.today());
                ReviewCycle draft = t.cycles.create(new CycleDraft("Closing", base.kind(), base.templateId(),
                        base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                        new ParticipantSelection(null, null, java.util.Set.of(t.c.member().id()))));
                ReviewCycle cycle = t.cycles.launch(draft.id(), draft.version());
                return t.cycles.close(cycle.id(), cycle.version(), true).status() == CycleStatus.CLOSED;
            }));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    ReviewTemplates templates;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewsTestData data;
    @Autowired
    TestTenants tenants;

    Company c;
    ReviewsTestData.Seeded seeded;

    @BeforeAll
    void company() {
        c = tenants.create("rvmatrix");
        seeded = data.seed(c);
    }

    private Authentication signIn(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> as(c, c.employee());
            case MANAGER -> as(c, c.manager());
            case HR_ADMIN -> as(c, c.hrAdmin());
            case OPERATOR -> TestTenants.operator();
        };
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cases")
    void theRoleMatrixHolds(String operation, Actor actor, String expected, Row row) {
        boolean allowed;
        try {
            allowed = signedIn(signIn(actor), () -> row.op().run(this));
        } catch (AccessDeniedException e) {
            allowed = false;
        } catch (IllegalStateException e) {
            // the operator has no tenant: a service that needs one finds none bound and refuses
            assertThat(actor).as(operation + ": " + e).isEqualTo(Actor.OPERATOR);
            allowed = false;
        }
        assertThat(allowed ? "allowed" : "denied").as(operation + " as " + actor).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ the review pages, route by route

    /**
     * One page of the review features: allowed when the route's annotation admits the persona's roles (Vaadin's own
     * check, as navigation does it) and the reads the page makes on entering succeed and show the persona something.
     */
    record RouteRow(String route, String view, boolean employee, boolean manager, boolean hrAdmin, boolean operator,
                    Operation page) {
        boolean expected(Actor actor) {
            return new Row(route, employee, manager, hrAdmin, operator, page).expected(actor);
        }
    }

    static final List<RouteRow> ROUTES = List.of(
            new RouteRow("reviews", "io.kadens.reviews.ui.ReviewTasksView", Y, Y, Y, N,
                    t -> t.writing.myTasks() != null && t.sharing.myCycles() != null),
            new RouteRow("reviews/:reviewId", "io.kadens.reviews.ui.ReviewFormView", Y, N, N, N,
                    t -> t.writing.review(t.selfReview()) != null),
            new RouteRow("reviews/cycle/:cycleId/peers", "io.kadens.reviews.ui.PeerNominationsView", Y, Y, N, N, t -> {
                // as the page does: the participant's own nominations, else those of the reports to decide on
                try {
                    return t.nominations.page(t.seeded.cycle(), t.me()) != null;
                } catch (ResourceNotFoundException | AccessDeniedException notAParticipant) {
                    return !t.nominations.forApproval(t.seeded.cycle()).isEmpty();
                }
            }),
            new RouteRow("reviews/cycle/:cycleId/outcome/:employeeId", "io.kadens.reviews.ui.SharedReviewView", Y, Y, N, N,
                    t -> t.sharing.review(t.seeded.cycle(), t.c.employee().id()) != null),
            new RouteRow("reviews/peer-requests", "io.kadens.reviews.ui.PeerRequestsView", Y, Y, Y, N,
                    t -> t.nominations.askedOfMe() != null && t.writing.myTasks() != null),
            new RouteRow("admin/reviews", "io.kadens.reviews.ui.ReviewTemplatesView", N, N, Y, N,
                    t -> !t.templates.templates().isEmpty()),
            new RouteRow("admin/review-cycles", "io.kadens.reviews.ui.ReviewCyclesView", N, N, Y, N,
                    t -> !t.cycles.cycles().isEmpty()),
            new RouteRow("calibration/:sessionId?", "io.kadens.calibration.ui.CalibrationView", N, Y, Y, N,
                    t -> t.calibration.mayUseCalibration() && t.calibration.sessions() != null),
            new RouteRow("calibration/:sessionId? (a session holding the manager's report)",
                    "io.kadens.calibration.ui.CalibrationView", N, Y, Y, N,
                    t -> t.calibration.mayUseCalibration() && t.calibration.session(t.session()) != null
                            && t.calibration.people(t.session(), CalibrationSessions.Filter.NONE) != null));

    static Stream<Arguments> routes() {
        return ROUTES.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.route(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    ReviewWriting writing;
    @Autowired
    ReviewSharing sharing;
    @Autowired
    PeerNominations nominations;
    @Autowired
    CalibrationSessions calibration;
    @Autowired
    CurrentUser currentUser;

    private java.util.UUID selfReview;
    private java.util.UUID session;

    java.util.UUID me() {
        return currentUser.require().personId();
    }

    /** The employee's self review in the seeded cycle, found as the employee (once). */
    java.util.UUID selfReview() {
        if (selfReview == null) {
            selfReview = signedIn(as(c, c.employee()), () -> writing.myTasks().stream()
                    .filter(task -> task.form() == ReviewForm.SELF && task.cycleId().equals(seeded.cycle()))
                    .findFirst().orElseThrow().reviewId());
        }
        return selfReview;
    }

    /** A calibration session of the seeded cycle holding the employee, set up by HR (once): the CEO facilitates. */
    java.util.UUID session() {
        if (session == null) {
            session = signedIn(as(c, c.hrAdmin()), () -> calibration.create(new SessionDraft(seeded.cycle(),
                    "Route matrix", ScopeKind.LIST, java.util.Set.of(c.employee().id()), c.ceo().id(),
                    new java.util.LinkedHashSet<>(List.of(c.teamLead().id())), null)).id());
        }
        return session;
    }

    @ParameterizedTest(name = "route {0} as {1}: {2}")
    @MethodSource("routes")
    void everyReviewPageAdmitsWhomItShould(String route, Actor actor, String expected, RouteRow row) throws Exception {
        Class<?> view = Class.forName(row.view());
        assertThat(view.getAnnotation(Route.class).value()).as("the route of " + row.view())
                .isEqualTo(route.replaceFirst(" \\(.*\\)$", ""));
        selfReview();
        session();
        Authentication who = signIn(actor);
        boolean allowed = new AccessAnnotationChecker().hasAccess(view, who,
                role -> who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        if (allowed) {
            try {
                allowed = signedIn(who, () -> row.page().run(this));
            } catch (AccessDeniedException | ResourceNotFoundException e) {
                allowed = false;
            }
        }
        assertThat(allowed ? "allowed" : "denied").as(route + " as " + actor).isEqualTo(expected);
    }

    @Test
    void theRoutesThemselvesNameTheRolesTheyAdmit() throws Exception {
        // the rows above run a page's reads only where its route admits the persona; these are the routes' own words
        Map<String, Set<String>> expected = Map.of(
                "io.kadens.reviews.ui.ReviewTasksView", Set.of(Role.EMPLOYEE_NAME),
                "io.kadens.reviews.ui.ReviewFormView", Set.of(Role.EMPLOYEE_NAME),
                "io.kadens.reviews.ui.PeerNominationsView", Set.of(Role.EMPLOYEE_NAME),
                "io.kadens.reviews.ui.SharedReviewView", Set.of(Role.EMPLOYEE_NAME),
                "io.kadens.reviews.ui.PeerRequestsView", Set.of(Role.EMPLOYEE_NAME),
                "io.kadens.reviews.ui.ReviewTemplatesView", Set.of(Role.HR_ADMIN_NAME),
                "io.kadens.reviews.ui.ReviewCyclesView", Set.of(Role.HR_ADMIN_NAME),
                "io.kadens.calibration.ui.CalibrationView", Set.of(Role.HR_ADMIN_NAME, Role.MANAGER_NAME));
        assertThat(ROUTES.stream().map(RouteRow::view).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(expected.keySet());
        for (var view : expected.entrySet()) {
            assertThat(Set.of(Class.forName(view.getKey()).getAnnotation(RolesAllowed.class).value()))
                    .as(view.getKey()).isEqualTo(view.getValue());
        }
    }
}
