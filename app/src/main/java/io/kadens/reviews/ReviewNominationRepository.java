package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_NOMINATION;
import static io.kadens.db.Tables.REVIEW_PARTICIPANT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to peer nominations and the peer reviews they create. */
@Repository
class ReviewNominationRepository {

    private final DSLContext db;

    ReviewNominationRepository(DSLContext db) {
        this.db = db;
    }

    record Row(UUID id, UUID cycleId, UUID subjectId, UUID nomineeId, UUID nominatedBy, NominationStatus status,
               String declineReason, Instant decidedAt, long version) {
    }

    /** A participant of a cycle: their manager at launch and whether they are still in it. */
    record Participant(UUID employeeId, UUID managerId, boolean active) {
    }

    private static Row toRow(org.jooq.Record r) {
        return new Row(r.get(REVIEW_NOMINATION.ID), r.get(REVIEW_NOMINATION.CYCLE_ID), r.get(REVIEW_NOMINATION.SUBJECT_ID),
                r.get(REVIEW_NOMINATION.NOMINEE_ID), r.get(REVIEW_NOMINATION.NOMINATED_BY),
                NominationStatus.valueOf(r.get(REVIEW_NOMINATION.STATUS)), r.get(REVIEW_NOMINATION.DECLINE_REASON),
                instant(r.get(REVIEW_NOMINATION.DECIDED_AT)), r.get(REVIEW_NOMINATION.VERSION));
    }

    /** The participant's row, locked for the transaction so that two nominations cannot both take the last place. */
    Optional<Participant> participantForUpdate(UUID cycleId, UUID employeeId) {
        return db.selectFrom(REVIEW_PARTICIPANT)
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(employeeId))
                .forUpdate()
                .fetchOptional(r -> new Participant(r.getEmployeeId(), r.getManagerId(), "ACTIVE".equals(r.getStatus())));
    }

    Optional<Participant> participant(UUID cycleId, UUID employeeId) {
        return db.selectFrom(REVIEW_PARTICIPANT)
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(employeeId))
                .fetchOptional(r -> new Participant(r.getEmployeeId(), r.getManagerId(), "ACTIVE".equals(r.getStatus())));
    }

    /** Active participants of the cycle whose manager at launch is this person. */
    List<UUID> reportsInCycle(UUID cycleId, UUID managerId) {
        return db.select(REVIEW_PARTICIPANT.EMPLOYEE_ID).from(REVIEW_PARTICIPANT)
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.MANAGER_ID.eq(managerId),
                        REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"))
                .fetch(REVIEW_PARTICIPANT.EMPLOYEE_ID);
    }

    List<Row> nominations(UUID cycleId, UUID subjectId) {
        return select(REVIEW_NOMINATION.CYCLE_ID.eq(cycleId).and(REVIEW_NOMINATION.SUBJECT_ID.eq(subjectId)));
    }

    /** Nominations naming this person that a manager approved or that they declined, in any cycle. */
    List<Row> askedOf(UUID nomineeId) {
        return select(REVIEW_NOMINATION.NOMINEE_ID.eq(nomineeId)
                .and(REVIEW_NOMINATION.STATUS.in(NominationStatus.APPROVED.name(), NominationStatus.DECLINED.name())));
    }

    Optional<Row> nomination(UUID id) {
        return select(REVIEW_NOMINATION.ID.eq(id)).stream().findFirst();
    }

    private List<Row> select(Condition condition) {
        return db.selectFrom(REVIEW_NOMINATION).where(condition)
                .orderBy(REVIEW_NOMINATION.CREATED_AT, REVIEW_NOMINATION.ID)
                .fetch(ReviewNominationRepository::toRow);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean insert(UUID id, UUID cycleId, UUID subjectId, UUID nomineeId, UUID nominatedBy, NominationStatus status,
                   UUID decidedBy, Instant decidedAt) {
        return db.insertInto(REVIEW_NOMINATION).set(REVIEW_NOMINATION.ID, id).set(REVIEW_NOMINATION.CYCLE_ID, cycleId)
                .set(REVIEW_NOMINATION.SUBJECT_ID, subjectId).set(REVIEW_NOMINATION.NOMINEE_ID, nomineeId)
                .set(REVIEW_NOMINATION.NOMINATED_BY, nominatedBy).set(REVIEW_NOMINATION.STATUS, status.name())
                .set(REVIEW_NOMINATION.DECIDED_BY, decidedBy)
                .set(REVIEW_NOMINATION.DECIDED_AT, decidedAt == null ? null : at(decidedAt))
                .onConflictDoNothing().execute() == 1;
    }

    /** Moves a nomination from one status to another if nobody changed it since {@code expectedVersion}. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean decide(UUID id, NominationStatus from, NominationStatus to, UUID by, Instant at, String reason,
                   long expectedVersion) {
        return db.update(REVIEW_NOMINATION).set(REVIEW_NOMINATION.STATUS, to.name())
                .set(REVIEW_NOMINATION.DECIDED_BY, by).set(REVIEW_NOMINATION.DECIDED_AT, at(at))
                .set(REVIEW_NOMINATION.DECLINE_REASON, reason)
                .set(REVIEW_NOMINATION.VERSION, REVIEW_NOMINATION.VERSION.plus(1))
                .where(REVIEW_NOMINATION.ID.eq(id), REVIEW_NOMINATION.STATUS.eq(from.name()),
                        REVIEW_NOMINATION.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** The peer review an approved nomination asks for; nothing when it exists already. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insertPeerReview(UUID cycleId, UUID subjectId, UUID authorId) {
        db.insertInto(REVIEW).set(REVIEW.CYCLE_ID, cycleId).set(REVIEW.SUBJECT_ID, subjectId)
                .set(REVIEW.AUTHOR_ID, authorId).set(REVIEW.FORM, ReviewForm.PEER.name())
                .onConflictDoNothing().execute();
    }

    boolean peerReviewSubmitted(UUID cycleId, UUID subjectId, UUID authorId) {
        return db.fetchExists(REVIEW, REVIEW.CYCLE_ID.eq(cycleId), REVIEW.SUBJECT_ID.eq(subjectId),
                REVIEW.AUTHOR_ID.eq(authorId), REVIEW.FORM.eq(ReviewForm.PEER.name()),
                REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name()));
    }

    /** Drops the peer review of a declined nomination; a submitted one is never dropped. */
    @Transactional(propagation = Propagation.MANDATORY)
    int deleteUnsubmittedPeerReview(UUID cycleId, UUID subjectId, UUID authorId) {
        return db.deleteFrom(REVIEW).where(REVIEW.CYCLE_ID.eq(cycleId), REVIEW.SUBJECT_ID.eq(subjectId),
                REVIEW.AUTHOR_ID.eq(authorId), REVIEW.FORM.eq(ReviewForm.PEER.name()),
                REVIEW.STATUS.ne(ReviewStatus.SUBMITTED.name())).execute();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
