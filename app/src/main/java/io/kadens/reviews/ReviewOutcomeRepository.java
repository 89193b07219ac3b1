package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_OUTCOME;
import static io.kadens.db.Tables.REVIEW_PARTICIPANT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to review outcomes, joined with the participants and their submitted manager reviews. */
@Repository
class ReviewOutcomeRepository {

    private final DSLContext db;

    ReviewOutcomeRepository(DSLContext db) {
        this.db = db;
    }

    List<ReviewOutcome> outcomes(UUID cycleId) {
        return select(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId).and(REVIEW_PARTICIPANT.STATUS.eq("ACTIVE")));
    }

    Optional<ReviewOutcome> outcome(UUID cycleId, UUID employeeId) {
        return select(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId).and(REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(employeeId)))
                .stream().findFirst();
    }

    private List<ReviewOutcome> select(Condition participants) {
        var managerRating = DSL.field(DSL.select(REVIEW.OVERALL_RATING).from(REVIEW)
                .where(REVIEW.CYCLE_ID.eq(REVIEW_PARTICIPANT.CYCLE_ID), REVIEW.SUBJECT_ID.eq(REVIEW_PARTICIPANT.EMPLOYEE_ID),
                        REVIEW.FORM.eq(ReviewForm.MANAGER.name()), REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name()))
                .limit(1)).as("manager_rating");
        return db.select(REVIEW_PARTICIPANT.CYCLE_ID, REVIEW_PARTICIPANT.EMPLOYEE_ID, REVIEW_PARTICIPANT.MANAGER_ID,
                        managerRating, REVIEW_OUTCOME.CALIBRATED_RATING, REVIEW_OUTCOME.POTENTIAL,
                        REVIEW_OUTCOME.CALIBRATED_AT, REVIEW_OUTCOME.SHARED_AT, REVIEW_OUTCOME.ACKNOWLEDGED_AT,
                        REVIEW_OUTCOME.EMPLOYEE_COMMENT, REVIEW_OUTCOME.VERSION)
                .from(REVIEW_PARTICIPANT)
                .leftJoin(REVIEW_OUTCOME).on(REVIEW_OUTCOME.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID),
                        REVIEW_OUTCOME.CYCLE_ID.eq(REVIEW_PARTICIPANT.CYCLE_ID),
                        REVIEW_OUTCOME.EMPLOYEE_ID.eq(REVIEW_PARTICIPANT.EMPLOYEE_ID))
                .where(participants)
                .orderBy(REVIEW_PARTICIPANT.EMPLOYEE_ID)
                .fetch(ReviewOutcomeRepository::toOutcome);
    }

    private static ReviewOutcome toOutcome(Record r) {
        Short manager = r.get("manager_rating", Short.class);
        Short calibrated = r.get(REVIEW_OUTCOME.CALIBRATED_RATING);
        Short potential = r.get(REVIEW_OUTCOME.POTENTIAL);
        Long version = r.get(REVIEW_OUTCOME.VERSION);
        return new ReviewOutcome(r.get(REVIEW_PARTICIPANT.CYCLE_ID), r.get(REVIEW_PARTICIPANT.EMPLOYEE_ID),
                r.get(REVIEW_PARTICIPANT.MANAGER_ID), manager == null ? null : manager.intValue(),
                calibrated == null ? null : calibrated.intValue(), potential == null ? null : potential.intValue(),
                instant(r.get(REVIEW_OUTCOME.CALIBRATED_AT)), instant(r.get(REVIEW_OUTCOME.SHARED_AT)),
                instant(r.get(REVIEW_OUTCOME.ACKNOWLEDGED_AT)), r.get(REVIEW_OUTCOME.EMPLOYEE_COMMENT),
                version == null ? 0 : version);
    }

    /**
     * Stores a calibrated rating and potential if the stored version is still {@code expectedVersion} (0: no row
     * yet). Returns false when someone else recorded first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean recordCalibration(UUID cycleId, UUID employeeId, Integer rating, Integer potential, UUID by, Instant at,
                              long expectedVersion) {
        Short ratingValue = rating == null ? null : rating.shortValue();
        Short potentialValue = potential == null ? null : potential.shortValue();
        if (expectedVersion == 0) {
            return db.insertInto(REVIEW_OUTCOME)
                    .set(REVIEW_OUTCOME.CYCLE_ID, cycleId).set(REVIEW_OUTCOME.EMPLOYEE_ID, employeeId)
                    .set(REVIEW_OUTCOME.CALIBRATED_RATING, ratingValue).set(REVIEW_OUTCOME.POTENTIAL, potentialValue)
                    .set(REVIEW_OUTCOME.CALIBRATED_BY, by).set(REVIEW_OUTCOME.CALIBRATED_AT, at(at))
                    .set(REVIEW_OUTCOME.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(REVIEW_OUTCOME)
                .set(REVIEW_OUTCOME.CALIBRATED_RATING, ratingValue).set(REVIEW_OUTCOME.POTENTIAL, potentialValue)
                .set(REVIEW_OUTCOME.CALIBRATED_BY, by).set(REVIEW_OUTCOME.CALIBRATED_AT, at(at))
                .set(REVIEW_OUTCOME.VERSION, REVIEW_OUTCOME.VERSION.plus(1))
                .where(REVIEW_OUTCOME.CYCLE_ID.eq(cycleId), REVIEW_OUTCOME.EMPLOYEE_ID.eq(employeeId),
                        REVIEW_OUTCOME.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Marks the outcome shared by {@code by} if the stored version is still {@code expectedVersion} (0: no row yet) and
     * it was not shared before. Returns false when someone else changed it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean share(UUID cycleId, UUID employeeId, UUID by, Instant at, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(REVIEW_OUTCOME)
                    .set(REVIEW_OUTCOME.CYCLE_ID, cycleId).set(REVIEW_OUTCOME.EMPLOYEE_ID, employeeId)
                    .set(REVIEW_OUTCOME.SHARED_BY, by).set(REVIEW_OUTCOME.SHARED_AT, at(at))
                    .set(REVIEW_OUTCOME.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(REVIEW_OUTCOME)
                .set(REVIEW_OUTCOME.SHARED_BY, by).set(REVIEW_OUTCOME.SHARED_AT, at(at))
                .set(REVIEW_OUTCOME.VERSION, REVIEW_OUTCOME.VERSION.plus(1))
                .where(REVIEW_OUTCOME.CYCLE_ID.eq(cycleId), REVIEW_OUTCOME.EMPLOYEE_ID.eq(employeeId),
                        REVIEW_OUTCOME.VERSION.eq(expectedVersion), REVIEW_OUTCOME.SHARED_AT.isNull())
                .execute() == 1;
    }

    /**
     * Records the employee's acknowledgement and comment on a shared, not yet acknowledged outcome if the stored
     * version is still {@code expectedVersion}. Returns false when someone else changed it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean acknowledge(UUID cycleId, UUID employeeId, String comment, Instant at, long expectedVersion) {
        return db.update(REVIEW_OUTCOME)
                .set(REVIEW_OUTCOME.ACKNOWLEDGED_AT, at(at))
                .set(REVIEW_OUTCOME.EMPLOYEE_COMMENT, comment)
                .set(REVIEW_OUTCOME.VERSION, REVIEW_OUTCOME.VERSION.plus(1))
                .where(REVIEW_OUTCOME.CYCLE_ID.eq(cycleId), REVIEW_OUTCOME.EMPLOYEE_ID.eq(employeeId),
                        REVIEW_OUTCOME.VERSION.eq(expectedVersion), REVIEW_OUTCOME.SHARED_AT.isNotNull(),
                        REVIEW_OUTCOME.ACKNOWLEDGED_AT.isNull())
                .execute() == 1;
    }
}
