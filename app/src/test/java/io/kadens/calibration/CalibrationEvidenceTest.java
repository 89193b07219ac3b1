package io.kadens.calibration;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.reviews.CalibrationReviewEvidence.ReviewEvidence;
import io.kadens.reviews.Pooled360;
import io.kadens.reviews.ReviewForm;
import io.kadens.reviews.SharedReview;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Side-by-side evidence in a calibration session: the manager review's answers (rating per question, written text)
 * next to the preview, manager's and final ratings, read through the reviews package; peer answers only pooled at
 * the anonymity threshold and never below it; the employee never reaches it, and nobody reads their own.
 */
@KadensSpringTest
class CalibrationEvidenceTest {

    static final UUID ACHIEVEMENTS = starter("achievements");
    static final UUID COMPETENCIES = starter("competencies");
    static final UUID OVERALL = starter("overall-rating");

    @Autowired
    CalibrationSessions sessions;
    @Autowired
    CalibrationTestData data;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    CalibrationTestData.Seeded seeded;

    static UUID starter(String key) {
        return UUID.nameUUIDFromBytes(("kadens.review-template.starter." + key).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void sessionWithAWrittenManagerReview() {
        c = tenants.create("calev");
        seeded = data.seed(c);
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                db.update(REVIEW).set(REVIEW.ANSWERS, JSONB.valueOf("[{\"questionId\":\"" + ACHIEVEMENTS
                                + "\",\"text\":\"Led the billing migration and trained two new colleagues.\"},"
                                + "{\"questionId\":\"" + COMPETENCIES + "\",\"criteria\":[{\"criterionId\":\"collaboration\","
                                + "\"rating\":5,\"text\":\"Pairs generously.\"}]},"
                                + "{\"questionId\":\"" + OVERALL + "\",\"rating\":4,\"text\":\"Strong half-year.\"}]"))
                        .where(REVIEW.CYCLE_ID.eq(seeded.cycle()), REVIEW.SUBJECT_ID.eq(c.employee().id()),
                                REVIEW.FORM.eq("MANAGER"))
                        .execute()));
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private void peerAnswer(Person author, String comment) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                db.insertInto(REVIEW).set(REVIEW.CYCLE_ID, seeded.cycle()).set(REVIEW.SUBJECT_ID, c.employee().id())
                        .set(REVIEW.AUTHOR_ID, author.id()).set(REVIEW.FORM, "PEER").set(REVIEW.STATUS, "SUBMITTED")
                        .set(REVIEW.SUBMITTED_AT, OffsetDateTime.now())
                        .set(REVIEW.ANSWERS, JSONB.valueOf("[{\"questionId\":\"" + ACHIEVEMENTS + "\",\"text\":\""
                                + comment + "\"}]"))
                        .execute()));
    }

    private static Pooled360.QuestionResult peerQuestion(ReviewEvidence review, UUID questionId) {
        return review.results360().sources().stream().filter(s -> s.source() == ReviewForm.PEER).findFirst()
                .orElseThrow().questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    @Test
    void theCalibratorReadsTheManagerReviewBesideThePreviewAndTheRatings() {
        as(c.teamLead(), () -> sessions.recordPreview(seeded.session(), c.employee().id(), 5, 3));
        Evidence evidence = as(c.teamLead(), () -> sessions.evidence(seeded.session(), c.employee().id()));
        assertThat(evidence.person().managerRating()).isEqualTo(4);
        assertThat(evidence.person().finalRating()).isEqualTo(4);
        assertThat(evidence.person().previews()).extracting(Preview::rating).containsExactly(5);
        ReviewEvidence review = evidence.review();
        assertThat(review.managerReviewSubmitted()).isTrue();
        assertThat(review.managerReview()).extracting(SharedReview.Answer::text)
                .contains("Led the billing migration and trained two new colleagues.", "Strong half-year.");
        SharedReview.Answer overall = review.managerReview().stream().filter(a -> a.rating() != null).findFirst()
                .orElseThrow();
        assertThat(overall.rating()).isEqualTo(4);
        assertThat(overall.ratingLabel()).isNotBlank();
        assertThat(review.managerReview()).flatExtracting(SharedReview.Answer::criteria)
                .extracting(SharedReview.CriterionAnswer::rating, SharedReview.CriterionAnswer::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Pairs generously."));
        // the facilitator and HR admins see the same
        assertThat(as(c.ceo(), () -> sessions.evidence(seeded.session(), c.employee().id())).review().managerReview())
                .hasSameSizeAs(review.managerReview());
        assertThat(as(c.hrAdmin(), () -> sessions.evidence(seeded.session(), c.employee().id())).review()
                .managerReviewSubmitted()).isTrue();
        // a manager review not submitted yet is not evidence
        ReviewEvidence unwritten = as(c.teamLead(), () -> sessions.evidence(seeded.session(), c.ceo().id())).review();
        assertThat(unwritten.managerReviewSubmitted()).isFalse();
        assertThat(unwritten.managerReview()).isEmpty();
    }

    @Test
    void peerAnswersAreWithheldBelowTheThresholdAndShownOnlyPooledAtIt() {
        peerAnswer(c.member(), "Explains the payment flows patiently");
        peerAnswer(c.outsider(), "Runs the best retrospectives");
        ReviewEvidence below = as(c.teamLead(), () -> sessions.evidence(seeded.session(), c.employee().id())).review();
        Pooled360.QuestionResult withheld = peerQuestion(below, ACHIEVEMENTS);
        assertThat(withheld.withheld()).isTrue();
        assertThat(withheld.answers()).isNull();
        assertThat(withheld.comments()).isEmpty();
        // no trace of a peer's words anywhere in what the calibrator gets
        assertThat(below.toString()).doesNotContain("payment flows", "retrospectives");

        peerAnswer(c.hrAdmin(), "Keeps the team calm during incidents");
        ReviewEvidence at = as(c.teamLead(), () -> sessions.evidence(seeded.session(), c.employee().id())).review();
        Pooled360.QuestionResult shown = peerQuestion(at, ACHIEVEMENTS);
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.answers()).isEqualTo(3);
        assertThat(shown.comments()).hasSize(3);
        // pooled: nobody's name comes with the words
        assertThat(at.toString()).doesNotContain(c.member().givenName(), c.outsider().givenName());
    }

    @Test
    void theEmployeeNeverReachesItAndNobodyReadsTheirOwn() {
        assertThatThrownBy(() -> as(c.employee(), () -> sessions.evidence(seeded.session(), c.employee().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> sessions.evidence(seeded.session(), c.employee().id())))
                .isInstanceOf(AccessDeniedException.class);
        // the calibrator is in the session's department, but not their own evidence
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.evidence(seeded.session(), c.teamLead().id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
