package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The surveys' role matrix: HR admins run surveys and read results; everyone asked answers and reads their own;
 * the operator does neither. Each operation runs for real against the service.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveysRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        void run(SurveysRoleMatrixTest t);
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
            new Row("list the surveys", N, N, Y, N, t -> t.surveys.all()),
            new Row("create a survey", N, N, Y, N, t -> t.surveys.create(new NewSurvey("Matrix", SurveyTemplate.PROCESS,
                    AudienceKind.EVERYONE, null))),
            new Row("open a survey", N, N, Y, N, t -> t.surveys.open(t.draft, 0)),
            new Row("close a survey", N, N, Y, N, t -> t.surveys.close(t.toClose, 1)),
            new Row("read the results", N, N, Y, N, t -> t.surveys.results(t.open, ResultFilter.NONE)),
            new Row("read one's own surveys", Y, Y, Y, N, t -> t.surveys.mine()),
            new Row("answer a survey", Y, Y, Y, N, t -> t.surveys.answer(t.open, List.of(new Answer(0, 3, null)))),
            new Row("edit a survey's questions", N, N, Y, N, t -> t.surveys.editQuestions(t.toEdit, 0,
                    List.of(new SurveyQuestion(0, QuestionKind.TEXT, "Anything else?", "Något mer?")))),
            new Row("read an earlier version's results", N, N, Y, N, t -> t.surveys.results(t.open, 1, ResultFilter.NONE)));

    @Autowired
    Surveys surveys;
    @Autowired
    TestTenants tenants;
    Company c;
    UUID draft;
    UUID toClose;
    UUID open;
    UUID toEdit;

    @BeforeAll
    void company() {
        c = tenants.create("survmatrix");
        signedIn(as(c, c.hrAdmin()), () -> {
            draft = surveys.create(new NewSurvey("Draft", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null));
            toClose = surveys.create(new NewSurvey("To close", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null));
            surveys.open(toClose, 0);
            open = surveys.create(new NewSurvey("Open", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null));
            surveys.open(open, 0);
            toEdit = surveys.create(new NewSurvey("To edit", SurveyTemplate.PULSE, AudienceKind.EVERYONE, null));
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
    void theAdministrationPageIsForHrAdminsAndTheSurveyPageForEmployees() throws Exception {
        assertThat(Class.forName("io.kadens.surveys.ui.SurveysAdminView").getAnnotation(RolesAllowed.class).value())
                .containsExactly(Role.HR_ADMIN_NAME);
        assertThat(Class.forName("io.kadens.surveys.ui.SurveysView").getAnnotation(RolesAllowed.class).value())
                .containsExactly(Role.EMPLOYEE_NAME);
    }
}
