package io.kadens.calibration;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
 * The role matrix of calibration (issue 15, part 5), enforced by {@link CalibrationSessions}: for each role and
 * operation, allowed or denied. The employee has no reports and no part in calibration; the manager is above the
 * employee but not in the session; the calibrator is the team lead; the facilitator is the CEO; the operator has no
 * tenant. Each row that changes something runs on a fresh session, so the rows do not depend on each other.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, CALIBRATOR, FACILITATOR, HR_ADMIN, OPERATOR }

    interface Operation {
        boolean run(CalibrationRoleMatrixTest t);
    }

    static final boolean Y = true;
    static final boolean N = false;

    record Row(String operation, boolean employee, boolean manager, boolean calibrator, boolean facilitator,
               boolean hrAdmin, boolean operator, Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case EMPLOYEE -> employee;
                case MANAGER -> manager;
                case CALIBRATOR -> calibrator;
                case FACILITATOR -> facilitator;
                case HR_ADMIN -> hrAdmin;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("reach calibration (route and menu)", N, Y, Y, Y, Y, N, t -> t.sessions.mayUseCalibration()),
            new Row("read the guideline", N, Y, Y, Y, Y, N, t -> t.sessions.guideline() != null),
            new Row("change the guideline", N, N, N, N, Y, N, t -> {
                Guideline g = t.sessions.guideline();
                return t.sessions.updateGuideline(List.of(10, 20, 40, 20, 10), g.version()) != null;
            }),
            new Row("list sessions holding their people", N, Y, Y, Y, Y, N,
                    t -> t.sessions.sessions().stream().anyMatch(s -> s.id().equals(t.seeded.session()))),
            new Row("read a session", N, Y, Y, Y, Y, N, t -> t.sessions.session(t.seeded.session()) != null),
            new Row("see the employee's rating", N, Y, Y, Y, Y, N, t -> t.sessions.people(t.seeded.session(), null)
                    .stream().anyMatch(p -> p.personId().equals(t.c.employee().id()) && p.managerRating() == 4)),
            new Row("see the CEO's rating (nobody above them but HR and the session)", N, N, Y, N, Y, N,
                    t -> t.sessions.people(t.seeded.session(), null).stream()
                            .anyMatch(p -> p.personId().equals(t.c.ceo().id()))),
            new Row("side-by-side evidence for the employee", N, Y, Y, Y, Y, N,
                    t -> t.sessions.evidence(t.seeded.session(), t.c.employee().id()) != null),
            new Row("distribution against the guideline", N, N, Y, Y, Y, N,
                    t -> t.sessions.distribution(t.seeded.session()).rated() == 3),
            new Row("distribution by department", N, N, Y, Y, Y, N,
                    t -> t.sessions.groups(t.seeded.session(), GroupDistribution.Dimension.DEPARTMENT, null) != null),
            new Row("read the previews", N, N, Y, Y, Y, N, t -> t.sessions.previews(t.seeded.session()) != null),
            new Row("read the move log", N, N, Y, Y, Y, N, t -> t.sessions.moves(t.seeded.session()) != null),
            new Row("set up a session", N, N, N, N, Y, N, t -> t.sessions.create(new SessionDraft(t.seeded.cycle(),
                    "Matrix", ScopeKind.LIST, Set.of(t.c.employee().id()), t.c.ceo().id(), Set.of(t.c.teamLead().id()),
                    null)) != null),
            new Row("record a preview", N, N, Y, N, N, N, t -> t.sessions.recordPreview(t.fresh(), t.c.employee().id(),
                    3, 2) != null),
            new Row("open the meeting", N, N, N, Y, Y, N, t -> {
                CalibrationSession s = t.freshSession();
                return t.sessions.open(s.id(), s.version()).status() == SessionStatus.MEETING;
            }),
            new Row("move a person", N, N, N, Y, Y, N, t -> {
                var s = t.openedSession();
                long version = t.reviewsVersion(s);
                return t.sessions.move(s, t.c.member().id(), 3, 2, "Matrix", version) != null;
            }),
            new Row("finish the session", N, N, N, Y, Y, N, t -> {
                var s = t.openedSession();
                CalibrationSession session = signedIn(as(t.c, t.c.hrAdmin()), () -> t.sessions.session(s));
                return t.sessions.finish(s, session.version()).status() == SessionStatus.FINISHED;
            }));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    CalibrationSessions sessions;
    @Autowired
    CalibrationTestData data;
    @Autowired
    TestTenants tenants;

    Company c;
    CalibrationTestData.Seeded seeded;

    @BeforeAll
    void company() {
        c = tenants.create("calmatrix");
        seeded = data.seed(c);
    }

    /** A new session of the employee and the member, set up by HR; the CEO facilitates, the lead calibrates. */
    CalibrationSession freshSession() {
        return signedIn(as(c, c.hrAdmin()), () -> sessions.create(new SessionDraft(seeded.cycle(), "Fresh",
                ScopeKind.LIST, Set.of(c.employee().id(), c.member().id()), c.ceo().id(), Set.of(c.teamLead().id()),
                null)));
    }

    java.util.UUID fresh() {
        return freshSession().id();
    }

    java.util.UUID openedSession() {
        CalibrationSession s = freshSession();
        return signedIn(as(c, c.ceo()), () -> sessions.open(s.id(), s.version())).id();
    }

    long reviewsVersion(java.util.UUID session) {
        return signedIn(as(c, c.hrAdmin()), () -> sessions.people(session, null)).stream()
                .filter(p -> p.personId().equals(c.member().id())).findFirst().orElseThrow().outcomeVersion();
    }

    private Authentication signIn(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> as(c, c.employee());
            case MANAGER -> as(c, c.manager());
            case CALIBRATOR -> as(c, c.teamLead());
            case FACILITATOR -> as(c, c.ceo());
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

    @Test
    void theCalibrationRouteIsForManagersAndHrAdminsOnly() throws Exception {
        // employees are kept out by the route itself; the view also asks CalibrationSessions.mayUseCalibration
        assertThat(Class.forName("io.kadens.calibration.ui.CalibrationView").getAnnotation(RolesAllowed.class)
                .value()).containsExactlyInAnyOrder(Role.HR_ADMIN_NAME, Role.MANAGER_NAME);
    }
}
