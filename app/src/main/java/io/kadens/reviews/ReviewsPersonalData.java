package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_CYCLE;
import static io.kadens.db.Tables.REVIEW_NOMINATION;
import static io.kadens.db.Tables.REVIEW_OUTCOME;
import static io.kadens.db.Tables.REVIEW_PARTICIPANT;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Review cycles in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 * The export lists the cycles the person takes part in and the reviews about them and by them, with their
 * state; answers only of their own self reviews (what peers and managers wrote is read in Kadens under the
 * cycle's rules, never through HR's export). Erasure takes the person out of every cycle that is still
 * running, the way HR removes a participant: reviews nobody submitted are deleted. Submitted reviews and
 * closed cycles stay as the employer's record of past reviews, with the pseudonymised person.
 */
@Component
class ReviewsPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Participation(UUID cycleId, String cycleName, String status, UUID managerId) {
    }

    record Review(UUID id, UUID cycleId, UUID subjectId, UUID authorId, String form, String status,
                  OffsetDateTime submittedAt, Object selfAnswers) {
    }

    record Outcome(UUID cycleId, Short calibratedRating, Short potential, OffsetDateTime sharedAt,
                   OffsetDateTime acknowledgedAt, String comment) {
    }

    record Nomination(UUID cycleId, UUID subjectId, UUID nomineeId, String status, String declineReason,
                      OffsetDateTime createdAt) {
    }

    private final DSLContext db;
    private final ReviewCycleRepository cycles;
    private final Clock clock;

    ReviewsPersonalData(DSLContext db, ReviewCycleRepository cycles, Clock clock) {
        this.db = db;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var participations = db.select(REVIEW_CYCLE.ID, REVIEW_CYCLE.NAME, REVIEW_PARTICIPANT.STATUS,
                        REVIEW_PARTICIPANT.MANAGER_ID)
                .from(REVIEW_PARTICIPANT).join(REVIEW_CYCLE).on(REVIEW_CYCLE.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID)
                        .and(REVIEW_CYCLE.ID.eq(REVIEW_PARTICIPANT.CYCLE_ID)))
                .where(REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(personId)).orderBy(REVIEW_PARTICIPANT.ADDED_AT)
                .fetch(r -> new Participation(r.value1(), r.value2(), r.value3(), r.value4()));
        var managed = db.select(REVIEW_PARTICIPANT.CYCLE_ID, REVIEW_PARTICIPANT.EMPLOYEE_ID).from(REVIEW_PARTICIPANT)
                .where(REVIEW_PARTICIPANT.MANAGER_ID.eq(personId)).orderBy(REVIEW_PARTICIPANT.ADDED_AT)
                .fetch(r -> Map.of("cycleId", r.value1(), "employeeId", r.value2()));
        var reviews = db.selectFrom(REVIEW)
                .where(REVIEW.SUBJECT_ID.eq(personId).or(REVIEW.AUTHOR_ID.eq(personId)))
                .orderBy(REVIEW.CREATED_AT)
                .fetch(r -> new Review(r.getId(), r.getCycleId(), r.getSubjectId(),
                        // who wrote a peer or upward review about the person is the cycle's to show, not HR's export
                        r.getAuthorId().equals(personId) || "MANAGER".equals(r.getForm()) ? r.getAuthorId() : null,
                        r.getForm(), r.getStatus(), r.getSubmittedAt(),
                        "SELF".equals(r.getForm()) ? r.getAnswers().data() : null));
        // outcomes only once shared: before that, ratings are not the person's to read
        var outcomes = db.selectFrom(REVIEW_OUTCOME)
                .where(REVIEW_OUTCOME.EMPLOYEE_ID.eq(personId).and(REVIEW_OUTCOME.SHARED_AT.isNotNull()))
                .orderBy(REVIEW_OUTCOME.SHARED_AT)
                .fetch(r -> new Outcome(r.getCycleId(), r.getCalibratedRating(), r.getPotential(), r.getSharedAt(),
                        r.getAcknowledgedAt(), r.getEmployeeComment()));
        // 360 nominations: those for the person's own review (without a nominee's reason for declining, which the
        // employee never sees), those asking the person (with their own reason), and those they decided or added
        var nominationsAbout = db.selectFrom(REVIEW_NOMINATION).where(REVIEW_NOMINATION.SUBJECT_ID.eq(personId))
                .orderBy(REVIEW_NOMINATION.CREATED_AT)
                .fetch(r -> new Nomination(r.getCycleId(), r.getSubjectId(), r.getNomineeId(), r.getStatus(), null,
                        r.getCreatedAt()));
        var nominationsOf = db.selectFrom(REVIEW_NOMINATION).where(REVIEW_NOMINATION.NOMINEE_ID.eq(personId))
                .orderBy(REVIEW_NOMINATION.CREATED_AT)
                .fetch(r -> new Nomination(r.getCycleId(), r.getSubjectId(), r.getNomineeId(), r.getStatus(),
                        r.getDeclineReason(), r.getCreatedAt()));
        var nominationsBy = db.selectFrom(REVIEW_NOMINATION)
                .where(REVIEW_NOMINATION.NOMINATED_BY.eq(personId).or(REVIEW_NOMINATION.DECIDED_BY.eq(personId)))
                .and(REVIEW_NOMINATION.SUBJECT_ID.ne(personId))
                .orderBy(REVIEW_NOMINATION.CREATED_AT)
                .fetch(r -> new Nomination(r.getCycleId(), r.getSubjectId(), r.getNomineeId(), r.getStatus(), null,
                        r.getCreatedAt()));
        return Map.of("reviews-participations", participations, "reviews-as-manager", managed, "reviews", reviews,
                "review-outcomes", outcomes, "review-nominations-for-me", nominationsAbout,
                "review-nominations-asking-me", nominationsOf, "review-nominations-i-decided", nominationsBy);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("review_participant.employee_id", "review_participant.manager_id", "review.subject_id",
                "review.author_id", "review_outcome.employee_id", "review_outcome.calibrated_by",
                "review_outcome.shared_by", "review_nomination.subject_id", "review_nomination.nominee_id",
                "review_nomination.nominated_by", "review_nomination.decided_by");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        var running = db.select(REVIEW_PARTICIPANT.CYCLE_ID).from(REVIEW_PARTICIPANT)
                .join(REVIEW_CYCLE).on(REVIEW_CYCLE.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID)
                        .and(REVIEW_CYCLE.ID.eq(REVIEW_PARTICIPANT.CYCLE_ID)))
                .where(REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(personId).and(REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"))
                        .and(REVIEW_CYCLE.STATUS.in("ACTIVE", "PAUSED")))
                .fetch(REVIEW_PARTICIPANT.CYCLE_ID);
        running.forEach(cycleId -> cycles.removeParticipant(cycleId, personId, clock.instant()));
        // Reviews of others the person was still to write in running cycles will never be written.
        db.deleteFrom(REVIEW).where(REVIEW.AUTHOR_ID.eq(personId)
                .and(REVIEW.STATUS.ne(ReviewStatus.SUBMITTED.name()))
                .and(REVIEW.CYCLE_ID.in(db.select(REVIEW_CYCLE.ID).from(REVIEW_CYCLE)
                        .where(REVIEW_CYCLE.STATUS.in("ACTIVE", "PAUSED")))))
                .execute();
        // nominations nobody decided yet will never be: they go; a decline's reason is the nominee's own words
        db.deleteFrom(REVIEW_NOMINATION).where(REVIEW_NOMINATION.STATUS.eq("PENDING")
                .and(REVIEW_NOMINATION.SUBJECT_ID.eq(personId).or(REVIEW_NOMINATION.NOMINEE_ID.eq(personId)))).execute();
        db.update(REVIEW_NOMINATION).set(REVIEW_NOMINATION.DECLINE_REASON, ERASED_REASON)
                .where(REVIEW_NOMINATION.NOMINEE_ID.eq(personId).and(REVIEW_NOMINATION.DECLINE_REASON.isNotNull()))
                .execute();
        // the person's own words on their outcome go; the outcome stays as the employer's record
        db.update(REVIEW_OUTCOME).setNull(REVIEW_OUTCOME.EMPLOYEE_COMMENT)
                .where(REVIEW_OUTCOME.EMPLOYEE_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.ofEntries(Map.entry("review_participant.employee_id", ErasureRule.KEPT),
                Map.entry("review_participant.manager_id", ErasureRule.KEPT),
                Map.entry("review.subject_id", ErasureRule.KEPT), Map.entry("review.author_id", ErasureRule.KEPT),
                Map.entry("review_outcome.employee_id", ErasureRule.KEPT),
                Map.entry("review_outcome.calibrated_by", ErasureRule.KEPT),
                Map.entry("review_outcome.shared_by", ErasureRule.KEPT),
                // pending ones are deleted; decided ones stay as the cycle's record, a decline's reason scrubbed
                Map.entry("review_nomination.subject_id", ErasureRule.KEPT),
                Map.entry("review_nomination.nominee_id", ErasureRule.KEPT),
                Map.entry("review_nomination.nominated_by", ErasureRule.KEPT),
                Map.entry("review_nomination.decided_by", ErasureRule.KEPT));
    }

    /** A declined nomination keeps a reason (the table requires one); an erased nominee's reads this instead. */
    static final String ERASED_REASON = "–";
}
