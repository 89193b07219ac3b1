package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_CYCLE;
import static io.kadens.db.Tables.REVIEW_OUTCOME;
import static io.kadens.db.Tables.REVIEW_PARTICIPANT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads for sharing: the cycles a person took part in and the submitted manager review about them. */
@Repository
class ReviewSharingRepository {

    private final DSLContext db;

    ReviewSharingRepository(DSLContext db) {
        this.db = db;
    }

    List<SharedReview.MyCycle> cyclesOf(UUID personId) {
        return db.select(REVIEW_CYCLE.ID, REVIEW_CYCLE.NAME, REVIEW_CYCLE.STATUS, REVIEW_OUTCOME.SHARED_AT,
                        REVIEW_OUTCOME.ACKNOWLEDGED_AT)
                .from(REVIEW_PARTICIPANT)
                .join(REVIEW_CYCLE).on(REVIEW_CYCLE.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID),
                        REVIEW_CYCLE.ID.eq(REVIEW_PARTICIPANT.CYCLE_ID))
                .leftJoin(REVIEW_OUTCOME).on(REVIEW_OUTCOME.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID),
                        REVIEW_OUTCOME.CYCLE_ID.eq(REVIEW_PARTICIPANT.CYCLE_ID),
                        REVIEW_OUTCOME.EMPLOYEE_ID.eq(REVIEW_PARTICIPANT.EMPLOYEE_ID))
                .where(REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(personId), REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"),
                        REVIEW_CYCLE.STATUS.ne(CycleStatus.DRAFT.name()))
                .orderBy(REVIEW_CYCLE.LAUNCHED_AT.desc(), REVIEW_CYCLE.ID)
                .fetch(r -> new SharedReview.MyCycle(r.value1(), r.value2(), CycleStatus.valueOf(r.value3()),
                        r.value4() != null, r.value5() != null));
    }

    /** The answers of the submitted manager review about the person, as JSON text. */
    Optional<String> submittedManagerReview(UUID cycleId, UUID subjectId) {
        return db.select(REVIEW.ANSWERS).from(REVIEW)
                .where(REVIEW.CYCLE_ID.eq(cycleId), REVIEW.SUBJECT_ID.eq(subjectId),
                        REVIEW.FORM.eq(ReviewForm.MANAGER.name()), REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name()))
                .limit(1)
                .fetchOptional(r -> r.value1() == null ? "[]" : r.value1().data());
    }
}
