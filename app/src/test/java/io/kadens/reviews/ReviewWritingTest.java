package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_CYCLE_PHASE;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.ReviewAnswer.CriterionRating;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writing a review: tasks, the form's questions, drafts with optimistic locking, submitting, deadlines, who reads. */
@KadensSpringTest
class ReviewWritingTest {

    static final UUID ACHIEVEMENTS = starterQuestion("achievements");
    static final UUID COMPETENCIES = starterQuestion("competencies");
    static final UUID LEADERSHIP = starterQuestion("leadership");
    static final UUID OVERALL = starterQuestion("overall-rating");
    static final UUID GOALS = starterQuestion("goals");

    @Autowired
    ReviewWriting writing;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    ReviewCycle cycle;

    static UUID starterQuestion(String key) {
        return ReviewTemplates.starter().sections().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(UUID.nameUUIDFromBytes(("kadens.review-template.starter." + key)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .findFirst().orElseThrow().id();
    }

    @BeforeEach
    void launchedCycle() {
        c = tenants.create("rwrite");
        ReviewTemplate template = as(c.hrAdmin(), () -> templates.create(ReviewTemplates.starter()));
        CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), TestTenants.today());
        ReviewCycle created = as(c.hrAdmin(), () -> cycles.create(new CycleDraft("Q4", base.kind(), base.templateId(),
                base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                new ParticipantSelection(Set.of(c.salesId()), null, null))));
        cycle = as(c.hrAdmin(), () -> cycles.launch(created.id(), created.version()));
    }

    <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    ReviewTask task(Person author, UUID subject, ReviewForm form) {
        return as(author, () -> writing.myTasks()).stream()
                .filter(t -> t.subjectId().equals(subject) && t.form() == form).findFirst().orElseThrow();
    }

    List<ReviewAnswer> complete(ReviewDocument doc, int overall) {
        List<ReviewAnswer> answers = new ArrayList<>();
        for (ReviewDocument.FormQuestion q : doc.questions()) {
            switch (q.kind()) {
                case TEXT -> answers.add(ReviewAnswer.text(q.id(), "Shipped the billing migration on time."));
                case RATING -> answers.add(ReviewAnswer.rating(q.id(), overall, null));
                case COMPETENCY_RATING, LEADERSHIP -> answers.add(new ReviewAnswer(q.id(), null, null,
                        q.criteria().stream().map(cr -> new CriterionRating(cr.key(), 3, null)).toList(), null, null));
                case GOAL_RATING -> { }
            }
        }
        return answers;
    }

    @Test
    void theEmployeeSeesHerSelfReviewWithItsDeadlineAndTheFormsQuestions() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        assertThat(self.status()).isEqualTo(ReviewStatus.NOT_STARTED);
        assertThat(self.deadline()).isEqualTo(cycle.deadlines().get(CyclePhase.SELF_REVIEW));
        assertThat(self.cycleName()).isEqualTo("Q4");
        assertThat(self.open()).isTrue();

        ReviewDocument doc = as(c.employee(), () -> writing.review(self.reviewId()));
        assertThat(doc.editable()).isTrue();
        assertThat(doc.questions()).extracting(ReviewDocument.FormQuestion::id)
                .contains(ACHIEVEMENTS, COMPETENCIES, OVERALL, GOALS)
                .as("leadership is asked only about people who manage others").doesNotContain(LEADERSHIP);
        assertThat(doc.questions().stream().filter(q -> q.id().equals(COMPETENCIES)).findFirst().orElseThrow().criteria())
                .hasSize(4);
        assertThat(doc.ratingLabels()).hasSizeBetween(3, 5);

        // the manager writes the manager review of each report; about a manager, leadership is asked
        ReviewTask managerOfEmployee = task(c.manager(), c.employee().id(), ReviewForm.MANAGER);
        assertThat(managerOfEmployee.deadline()).isEqualTo(cycle.deadlines().get(CyclePhase.MANAGER_REVIEW));
        ReviewTask managersOwnSelf = task(c.manager(), c.manager().id(), ReviewForm.SELF);
        assertThat(as(c.manager(), () -> writing.review(managersOwnSelf.reviewId())).questions())
                .extracting(ReviewDocument.FormQuestion::id).contains(LEADERSHIP);
    }

    @Test
    void aDraftSetsTheOverallRatingAndASecondTabIsToldWithNothingLost() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        ReviewDocument first = as(c.employee(), () -> writing.saveDraft(self.reviewId(), List.of(
                ReviewAnswer.text(ACHIEVEMENTS, "  Led the onboarding rewrite.  "), ReviewAnswer.rating(OVERALL, 4, null)), 0));
        assertThat(first.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(first.overallRating()).isEqualTo(4);
        assertThat(first.answer(ACHIEVEMENTS).text()).isEqualTo("Led the onboarding rewrite.");
        assertThat(first.version()).isEqualTo(1);
        assertThat(storedOverall(self.reviewId())).isEqualTo((short) 4);

        // the other tab still holds version 0
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(),
                List.of(ReviewAnswer.rating(OVERALL, 2, null)), 0))).isInstanceOf(ConcurrentEditException.class);
        ReviewDocument after = as(c.employee(), () -> writing.review(self.reviewId()));
        assertThat(after.overallRating()).isEqualTo(4);
        assertThat(after.answer(ACHIEVEMENTS).text()).isEqualTo("Led the onboarding rewrite.");

        // clearing the rating clears the overall rating
        ReviewDocument cleared = as(c.employee(), () -> writing.saveDraft(self.reviewId(),
                List.of(ReviewAnswer.text(ACHIEVEMENTS, "Led the onboarding rewrite.")), 1));
        assertThat(cleared.overallRating()).isNull();
        assertThat(storedOverall(self.reviewId())).isNull();
    }

    @Test
    void answersThatDoNotFitTheirQuestionAreRefusedAndNothingIsWritten() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(),
                List.of(ReviewAnswer.rating(OVERALL, 9, null)), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("answers." + OVERALL, "reviews.write.rating-range"));
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(),
                List.of(ReviewAnswer.text(LEADERSHIP, "not asked of her")), 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(), List.of(new ReviewAnswer(
                COMPETENCIES, null, null, List.of(new CriterionRating("no-such-criterion", 3, null)), null, null)), 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(c.employee(), () -> writing.review(self.reviewId())).version()).isZero();
    }

    @Test
    void submittingChecksRequiredAnswersThenLocksTheReview() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        assertThatThrownBy(() -> as(c.employee(), () -> writing.submit(self.reviewId(),
                List.of(ReviewAnswer.rating(OVERALL, 3, null)), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("answers." + ACHIEVEMENTS, "reviews.write.required")
                        .containsEntry("answers." + COMPETENCIES, "reviews.write.required")
                        .doesNotContainKey("answers." + OVERALL));
        assertThat(as(c.employee(), () -> writing.review(self.reviewId())).status()).isEqualTo(ReviewStatus.NOT_STARTED);

        ReviewDocument doc = as(c.employee(), () -> writing.review(self.reviewId()));
        ReviewDocument submitted = as(c.employee(), () -> writing.submit(self.reviewId(), complete(doc, 3), 0));
        assertThat(submitted.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.overallRating()).isEqualTo(3);
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(), List.of(), submitted.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "reviews.write.submitted"));
    }

    @Test
    void aLateSubmissionIsRefusedWithTheReasonAndAPausedCycleRefusesWriting() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        ReviewDocument doc = as(c.employee(), () -> writing.review(self.reviewId()));
        inTenant(() -> db.update(REVIEW_CYCLE_PHASE).set(REVIEW_CYCLE_PHASE.DEADLINE, TestTenants.today().minusDays(3))
                .where(REVIEW_CYCLE_PHASE.CYCLE_ID.eq(cycle.id()), REVIEW_CYCLE_PHASE.PHASE.eq("SELF_REVIEW")).execute());
        assertThat(task(c.employee(), c.employee().id(), ReviewForm.SELF).refusal()).isEqualTo("reviews.submit.late");
        assertThatThrownBy(() -> as(c.employee(), () -> writing.submit(self.reviewId(), complete(doc, 3), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "reviews.submit.late"));
        // a draft is still kept, so nothing written is lost
        assertThat(as(c.employee(), () -> writing.saveDraft(self.reviewId(), complete(doc, 3), 0)).status())
                .isEqualTo(ReviewStatus.DRAFT);

        ReviewCycle current = as(c.hrAdmin(), () -> cycles.cycle(cycle.id()).orElseThrow());
        as(c.hrAdmin(), () -> cycles.pause(cycle.id(), current.version()));
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(self.reviewId(), complete(doc, 4), 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "reviews.submit.paused"));
        assertThat(as(c.employee(), () -> writing.review(self.reviewId())).editable()).isFalse();
    }

    @Test
    void onlyTheAuthorWritesAndOthersReadOnlyWhatTheRulesAllow() {
        ReviewTask managerReview = task(c.manager(), c.employee().id(), ReviewForm.MANAGER);
        // a draft is the author's alone
        assertThatThrownBy(() -> as(c.employee(), () -> writing.review(managerReview.reviewId())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> writing.review(managerReview.reviewId())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> writing.saveDraft(managerReview.reviewId(), List.of(), 0)))
                .isInstanceOf(ResourceNotFoundException.class);

        ReviewDocument doc = as(c.manager(), () -> writing.review(managerReview.reviewId()));
        ReviewDocument submitted = as(c.manager(), () -> writing.submit(managerReview.reviewId(), complete(doc, 5), 0));

        // the subject reads it, without the ratings until the outcome is shared
        ReviewDocument seenBySubject = as(c.employee(), () -> writing.review(managerReview.reviewId()));
        assertThat(seenBySubject.ratingsHidden()).isTrue();
        assertThat(seenBySubject.overallRating()).isNull();
        assertThat(seenBySubject.answers()).allSatisfy(a -> assertThat(a.rating()).isNull());
        assertThat(seenBySubject.answer(ACHIEVEMENTS).text()).isNotBlank();
        // HR and the manager above read it with ratings; nobody but the author writes
        assertThat(as(c.hrAdmin(), () -> writing.review(managerReview.reviewId())).overallRating()).isEqualTo(5);
        assertThat(as(c.ceo(), () -> writing.review(managerReview.reviewId())).overallRating()).isEqualTo(5);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> writing.saveDraft(managerReview.reviewId(), List.of(),
                submitted.version()))).isInstanceOf(AccessDeniedException.class);
        // a colleague reads nothing
        assertThatThrownBy(() -> as(c.member(), () -> writing.review(managerReview.reviewId())))
                .isInstanceOf(ResourceNotFoundException.class);
        // another tenant's person learns nothing
        Company other = tenants.create("rwother");
        assertThatThrownBy(() -> signedIn(TestTenants.as(other, other.hrAdmin()), () -> writing.review(managerReview.reviewId())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Autowired
    ReviewReminders reminders;

    @Test
    void theReminderOfADueReviewLinksToItsForm() {
        ReviewTask self = task(c.employee(), c.employee().id(), ReviewForm.SELF);
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1);
        inTenant(() -> db.update(REVIEW_CYCLE_PHASE).set(REVIEW_CYCLE_PHASE.DEADLINE, tomorrow)
                .where(REVIEW_CYCLE_PHASE.CYCLE_ID.eq(cycle.id()), REVIEW_CYCLE_PHASE.PHASE.eq("SELF_REVIEW")).execute());
        assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isPositive();
        String link = inTenant(() -> db.fetchValue("SELECT facts->>'link' FROM notification WHERE dedupe_key LIKE ?",
                "review-due:" + self.reviewId() + ":%")).toString();
        assertThat(link).isEqualTo("reviews/" + self.reviewId());
    }

    private Short storedOverall(UUID reviewId) {
        return inTenant(() -> db.select(REVIEW.OVERALL_RATING).from(REVIEW).where(REVIEW.ID.eq(reviewId)).fetchOne().value1());
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }
}
