package io.kadens.announcements;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
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
 * The announcements' role matrix: HR admins post, list and withdraw; everyone in the organisation reads and
 * dismisses what they received; the operator does none of it. Each operation runs for real against the service.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementsRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        void run(AnnouncementsRoleMatrixTest t, Actor actor);
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
            new Row("list the announcements", N, N, Y, N, (t, a) -> t.announcements.all()),
            new Row("post an announcement", N, N, Y, N, (t, a) -> t.announcements.post(new AnnouncementDraft("Matrix",
                    "Text", null, null, AnnouncementAudience.EVERYONE, null, false))),
            new Row("withdraw an announcement", N, N, Y, N, (t, a) -> t.announcements.withdraw(t.toWithdraw, 0)),
            new Row("read one's announcements", Y, Y, Y, N, (t, a) -> t.announcements.mine()),
            new Row("dismiss one's announcement", Y, Y, Y, N, (t, a) -> t.announcements.dismiss(t.forEveryone)));

    @Autowired
    Announcements announcements;
    @Autowired
    TestTenants tenants;
    Company c;
    UUID toWithdraw;
    UUID forEveryone;

    @BeforeAll
    void company() {
        c = tenants.create("annmatrix");
        signedIn(as(c, c.hrAdmin()), () -> {
            toWithdraw = announcements.post(new AnnouncementDraft("To withdraw", "Text", null, null,
                    AnnouncementAudience.EVERYONE, null, false));
            forEveryone = announcements.post(new AnnouncementDraft("For everyone", "Text", null, null,
                    AnnouncementAudience.EVERYONE, null, false));
            return null;
        });
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
                row.op().run(this, actor);
                return null;
            });
            allowed = true;
        } catch (AccessDeniedException denied) {
            allowed = false;
        } catch (ResourceNotFoundException notReceived) {
            allowed = true; // allowed to ask; the answer depends on what they received
        }
        assertThat(allowed).as(operation + " as " + actor).isEqualTo(row.expected(actor));
    }

    @Test
    void theAdministrationPageIsForHrAdminsAndTheAnnouncementsPageForEmployees() throws Exception {
        assertThat(Class.forName("io.kadens.announcements.ui.AnnouncementsAdminView").getAnnotation(RolesAllowed.class)
                .value()).containsExactly(Role.HR_ADMIN_NAME);
        assertThat(Class.forName("io.kadens.announcements.ui.AnnouncementsView").getAnnotation(RolesAllowed.class)
                .value()).containsExactly(Role.EMPLOYEE_NAME);
    }
}
