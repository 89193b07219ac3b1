package io.kadens.rollout;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
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
 * The rollout's role matrix: HR admins plan; employees and managers only read their own contacts; the
 * operator sees no tenant's rollout. Each operation runs for real against the service.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        void run(RolloutRoleMatrixTest t);
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
            new Row("read the rollout plan", N, N, Y, N, t -> t.planning.plan()),
            new Row("set the phases", N, N, Y, N, t -> t.planning.setPhases(List.of(
                    new PhaseDates(RolloutPhase.PLANNING, TestTenants.today(), null)), t.planning.plan().version())),
            new Row("name the contact person", N, N, Y, N,
                    t -> t.planning.setContactPerson(t.c.ceo().id(), t.planning.plan().version())),
            new Row("create a pilot group", N, N, Y, N, t -> t.planning.createGroup(new PilotGroupData(
                    "Matrix " + System.nanoTime(), DepartmentKind.OTHER, Set.of(), Set.of(), Set.of(),
                    Set.of(t.c.employee().id()), Set.of()))),
            new Row("add a milestone", N, N, Y, N, t -> t.planning.addMilestone(new MilestoneData(RolloutPhase.PILOT,
                    "Matrix", TestTenants.today(), false))),
            new Row("read one's own rollout contacts", Y, Y, Y, N, t -> t.planning.myContacts()));

    @Autowired
    RolloutPlanning planning;
    @Autowired
    TestTenants tenants;
    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("rollmatrix");
    }

    static Stream<Arguments> cells() {
        return MATRIX.stream().flatMap(row -> Stream.of(Actor.values()).map(actor -> Arguments.of(row.operation(), actor, row)));
    }

    private Authentication caller(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> as(c, c.employee());
            case MANAGER -> as(c, c.manager());
            case HR_ADMIN -> as(c, c.hrAdmin());
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
        } catch (AccessDeniedException denied) {
            allowed = false;
        }
        assertThat(allowed).as(operation + " as " + actor).isEqualTo(row.expected(actor));
    }

    @Test
    void theAdministrationPageIsForHrAdminsAndTheExplanationPageForEveryone() throws Exception {
        Class<?> admin = Class.forName("io.kadens.rollout.ui.RolloutAdminView");
        assertThat(admin.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.HR_ADMIN_NAME);
        assertThat(Class.forName("io.kadens.rollout.ui.FeatureUnavailableView").isAnnotationPresent(PermitAll.class)).isTrue();
    }
}
