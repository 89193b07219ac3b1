package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared outcome of a cycle: the manager's rating, calibration over it with optimistic locking, tenant walls. */
@KadensSpringTest
class ReviewOutcomesTest {

    @Autowired
    ReviewOutcomes outcomes;
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

    @BeforeEach
    void launchedCycle() {
        c = tenants.create("rout");
        ReviewTemplate template = asHr(() -> templates.create(ReviewTemplates.starter()));
        CycleDraft base = ReviewCycles.defaultDraft(CycleKind.SEMI_ANNUAL, template.id(), TestTenants.today());
        CycleDraft draft = new CycleDraft("H2", base.kind(), base.templateId(), base.windowStart(), base.windowEnd(),
                base.peerCap(), base.deadlines(), new ParticipantSelection(Set.of(c.salesId()), null, null));
        ReviewCycle created = asHr(() -> cycles.create(draft));
        cycle = asHr(() -> cycles.launch(created.id(), created.version()));
    }

    private <T> T asHr(java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, c.hrAdmin()), work);
    }

    private void managerReviewSubmitted(UUID subject, int rating) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                db.update(REVIEW).set(REVIEW.STATUS, "SUBMITTED").set(REVIEW.SUBMITTED_AT, OffsetDateTime.now())
                        .set(REVIEW.OVERALL_RATING, (short) rating)
                        .where(REVIEW.CYCLE_ID.eq(cycle.id()), REVIEW.SUBJECT_ID.eq(subject), REVIEW.FORM.eq("MANAGER"))
                        .execute()));
    }

    @Test
    void theFinalRatingIsTheManagersUntilCalibrationSettlesOne() {
        UUID sara = c.employee().id();
        ReviewOutcome before = asHr(() -> outcomes.outcome(cycle.id(), sara)).orElseThrow();
        assertThat(before.finalRating()).isNull();
        assertThat(before.version()).isZero();
        assertThat(before.managerId()).isEqualTo(c.manager().id());

        managerReviewSubmitted(sara, 4);
        ReviewOutcome rated = asHr(() -> outcomes.outcome(cycle.id(), sara)).orElseThrow();
        assertThat(rated.managerRating()).isEqualTo(4);
        assertThat(rated.finalRating()).isEqualTo(4);

        ReviewOutcome calibrated = asHr(() -> outcomes.recordCalibration(cycle.id(), sara, 3, 2, c.hrAdmin().id(), 0));
        assertThat(calibrated.finalRating()).isEqualTo(3);
        assertThat(calibrated.managerRating()).isEqualTo(4);
        assertThat(calibrated.potential()).isEqualTo(2);
        assertThat(calibrated.calibratedAt()).isNotNull();
        assertThat(calibrated.version()).isEqualTo(1);
        assertThat(asHr(() -> outcomes.outcomes(cycle.id()))).filteredOn(o -> o.employeeId().equals(sara))
                .singleElement().extracting(ReviewOutcome::finalRating).isEqualTo(3);
    }

    @Test
    void theSecondCalibratorFromTheSameVersionIsToldAndNothingIsLost() {
        UUID sara = c.employee().id();
        asHr(() -> outcomes.recordCalibration(cycle.id(), sara, 3, 2, c.hrAdmin().id(), 0));
        // both started from version 0: the second insert and a stale update are refused
        assertThatThrownBy(() -> asHr(() -> outcomes.recordCalibration(cycle.id(), sara, 5, 3, c.manager().id(), 0)))
                .isInstanceOf(ConcurrentEditException.class);
        ReviewOutcome moved = asHr(() -> outcomes.recordCalibration(cycle.id(), sara, 4, 3, c.manager().id(), 1));
        assertThatThrownBy(() -> asHr(() -> outcomes.recordCalibration(cycle.id(), sara, 2, 1, c.hrAdmin().id(), 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asHr(() -> outcomes.outcome(cycle.id(), sara)).orElseThrow())
                .extracting(ReviewOutcome::calibratedRating, ReviewOutcome::potential, ReviewOutcome::version)
                .containsExactly(4, 3, moved.version());
    }

    @Test
    void ratingsOffTheScaleAndStrangersAreRefused() {
        assertThatThrownBy(() -> asHr(() -> outcomes.recordCalibration(cycle.id(), c.employee().id(), 6, 0,
                c.hrAdmin().id(), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("rating", "reviews.outcome.rating.range")
                        .containsEntry("potential", "reviews.outcome.potential.range"));
        assertThatThrownBy(() -> asHr(() -> outcomes.recordCalibration(cycle.id(), c.outsider().id(), 3, 2,
                c.hrAdmin().id(), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("employeeId"));
    }

    @Test
    void anotherTenantSeesNoOutcomeOfThisCycle() {
        asHr(() -> outcomes.recordCalibration(cycle.id(), c.employee().id(), 3, 2, c.hrAdmin().id(), 0));
        Company other = tenants.create("rout-b");
        assertThat(signedIn(TestTenants.as(other, other.hrAdmin()), () -> outcomes.outcomes(cycle.id()))).isEmpty();
        assertThat(signedIn(TestTenants.as(other, other.hrAdmin()), () -> outcomes.outcome(cycle.id(),
                c.employee().id()))).isEmpty();
    }
}
