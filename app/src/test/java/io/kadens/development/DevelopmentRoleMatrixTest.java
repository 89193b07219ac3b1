package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
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
 * The development plans' role matrix, on the employee's approved plan: the person edits and records progress,
 * a manager above them approves and records progress, HR admins read, comment, approve (never their own plan)
 * and see the organisation's figures, a colleague (a manager of others, not above the person) and the operator see nothing. A refusal is
 * "access denied" or "not found" (hidden); an operation that passes the access check and then stops on the
 * stale version or the plan's status counts as allowed.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentRoleMatrixTest {

    enum Actor { PERSON, MANAGER, HR_ADMIN, COLLEAGUE, OPERATOR }

    interface Operation {
        void run(DevelopmentRoleMatrixTest t);
    }

    static final boolean Y = true;
    static final boolean N = false;

    record Row(String operation, boolean person, boolean manager, boolean hrAdmin, boolean colleague, boolean operator,
               Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case PERSON -> person;
                case MANAGER -> manager;
                case HR_ADMIN -> hrAdmin;
                case COLLEAGUE -> colleague;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("read the plan", Y, Y, Y, N, N, t -> t.plans.plan(t.seeded.plan())),
            new Row("read the person's current plan", Y, Y, Y, N, N, t -> t.plans.current(t.c.employee().id())),
            new Row("edit the plan", Y, N, N, N, N, t -> t.plans.edit(t.seeded.plan(), -1,
                    new DevelopmentPlans.PlanEdit(null, null, null, List.of()))),
            new Row("submit the plan", Y, N, N, N, N, t -> t.plans.submit(t.seeded.plan(), -1)),
            new Row("approve the plan", N, Y, Y, N, N, t -> t.plans.approve(t.seeded.plan(), -1, null)),
            new Row("return the plan", N, Y, Y, N, N, t -> t.plans.returnForChanges(t.seeded.plan(), -1, "No")),
            new Row("comment on the plan", Y, Y, Y, N, N, t -> t.plans.comment(t.seeded.plan(), "Matrix")),
            new Row("record progress", Y, Y, N, N, N, t -> t.plans.progress(t.seeded.plan(), -1,
                    new DevelopmentPlans.ProgressUpdate(t.seeded.stretchAction(), ActionStatus.DONE, null, null, false,
                            null, null, null))),
            new Row("start a plan for the person", Y, Y, N, N, N, t -> t.plans.create(t.c.employee().id(),
                    io.kadens.support.TestTenants.today(), io.kadens.support.TestTenants.today().plusMonths(1), null)),
            new Row("see plans per department", N, N, Y, N, N, t -> t.overview.byDepartment()),
            new Row("offer mentoring", Y, Y, Y, Y, N, t -> t.mentoring.offer(List.of())),
            new Row("find mentors", Y, Y, Y, Y, N, t -> t.mentoring.suggestions(null)),
            new Row("draft the person's plan", Y, N, N, N, N, t -> t.drafts.draft(t.c.employee().id(), null, null, null)));

    @Autowired
    DevelopmentPlans plans;
    @Autowired
    DevelopmentOverview overview;
    @Autowired
    Mentoring mentoring;
    @Autowired
    DevelopmentDrafts drafts;
    @Autowired
    DevelopmentTestData data;
    @Autowired
    TestTenants tenants;
    Company c;
    DevelopmentTestData.Seeded seeded;

    @BeforeAll
    void company() {
        c = tenants.create("dvmatrix");
        seeded = data.seed(c);
    }

    static Stream<Arguments> cells() {
        return MATRIX.stream().flatMap(row -> Stream.of(Actor.values()).map(actor -> Arguments.of(row.operation(), actor, row)));
    }

    private Authentication caller(Actor actor) {
        return switch (actor) {
            case PERSON -> as(c, c.employee());
            case MANAGER -> as(c, c.manager());
            case HR_ADMIN -> as(c, c.hrAdmin());
            case COLLEAGUE -> as(c, c.teamLead());
            case OPERATOR -> TestTenants.operator();
        };
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRoleMayDoExactlyWhatTheMatrixSays(String operation, Actor actor, Row row) {
        boolean allowed;
        try {
            signedIn(caller(actor), () -> {
                row.op().run(this);
                return null;
            });
            allowed = true;
        } catch (AccessDeniedException | ResourceNotFoundException denied) {
            allowed = false;
        } catch (ConcurrentEditException | InvalidInputException pastTheAccessCheck) {
            allowed = true;
        }
        assertThat(allowed).as(operation + " as " + actor).isEqualTo(row.expected(actor));
    }

    @Test
    void thePlanPageIsForEmployees() throws Exception {
        assertThat(Class.forName("io.kadens.development.ui.DevelopmentView").getAnnotation(RolesAllowed.class).value())
                .containsExactly(Role.EMPLOYEE_NAME);
    }
}
