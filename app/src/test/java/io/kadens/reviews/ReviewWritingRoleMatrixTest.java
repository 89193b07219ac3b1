package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The role matrix of writing reviews (issue 15, part 4), enforced by the services: the employee writes her self
 * review, her manager writes the manager review; drafts are the author's alone; a submitted self review is read by
 * the managers above and HR; only a manager review gets a summary draft. Denied means refused or not found.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWritingRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        boolean run(ReviewWritingRoleMatrixTest t);
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
            new Row("list my review tasks (route reviews)", Y, Y, Y, N, t -> t.writing.myTasks() != null),
            new Row("read the employee's self review draft (route reviews/:id)", Y, N, N, N,
                    t -> t.writing.review(t.seeded.selfReview()) != null),
            new Row("save the employee's self review", Y, N, N, N, t -> {
                ReviewDocument doc = t.writing.review(t.seeded.selfReview());
                return t.writing.saveDraft(doc.id(), doc.answers(), doc.version()) != null;
            }),
            new Row("read the manager review draft", N, Y, N, N, t -> t.writing.review(t.seeded.managerReview()) != null),
            new Row("save the manager review", N, Y, N, N, t -> {
                ReviewDocument doc = t.writing.review(t.seeded.managerReview());
                return t.writing.saveDraft(doc.id(), doc.answers(), doc.version()) != null;
            }),
            new Row("the evidence panel of the manager review", N, Y, N, N,
                    t -> t.evidence.panel(t.seeded.managerReview()) != null),
            new Row("writing checks of the manager review", N, Y, N, N,
                    t -> t.checks.check(t.seeded.managerReview(), List.of()) != null),
            new Row("summary insights of the manager review", N, Y, N, N,
                    t -> t.summaries.insights(t.seeded.managerReview(), null, null, Locale.ENGLISH) != null),
            new Row("a summary draft of a self review (manager reviews only)", N, N, N, N,
                    t -> t.summaries.insights(t.seeded.selfReview(), null, null, Locale.ENGLISH) != null),
            new Row("read the team lead's submitted self review", N, Y, Y, N,
                    t -> t.writing.review(t.submittedSelf).status() == ReviewStatus.SUBMITTED));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    ReviewWriting writing;
    @Autowired
    ReviewEvidence evidence;
    @Autowired
    ReviewWritingChecks checks;
    @Autowired
    ReviewSummaryDrafts summaries;
    @Autowired
    ReviewWritingTestData data;
    @Autowired
    TestTenants tenants;

    Company c;
    ReviewWritingTestData.Seeded seeded;
    UUID submittedSelf;

    @BeforeAll
    void company() {
        c = tenants.create("rwmatrix");
        seeded = data.seed(c);
        submittedSelf = signedIn(as(c, c.teamLead()), () -> {
            ReviewTask task = writing.myTasks().stream().filter(t -> t.form() == ReviewForm.SELF).findFirst().orElseThrow();
            ReviewDocument doc = writing.review(task.reviewId());
            return writing.submit(doc.id(), ReviewWritingTestData.completeAnswers(doc, 4), doc.version()).id();
        });
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
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            allowed = false;
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).as(operation).containsKey("form");
            allowed = false;
        } catch (IllegalStateException e) {
            assertThat(actor).as(operation + ": " + e).isEqualTo(Actor.OPERATOR);
            allowed = false;
        }
        assertThat(allowed ? "allowed" : "denied").as(operation + " as " + actor).isEqualTo(expected);
    }
}
