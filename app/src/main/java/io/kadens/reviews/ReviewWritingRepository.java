package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** jOOQ access to the reviews people write: their tasks, one review with its cycle, saving answers. */
@Repository
class ReviewWritingRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReviewAnswer>> ANSWERS = new TypeReference<>() {
    };

    /** The phase whose deadline a form meets, as SQL over {@code r.form}; mirrors {@link CyclePhase#writingPhaseOf}. */
    private static final String PHASE_OF_FORM = """
            CASE r.form WHEN 'SELF' THEN 'SELF_REVIEW' WHEN 'MANAGER' THEN 'MANAGER_REVIEW' ELSE 'PEER_REVIEWS' END""";

    private static final String SELECT_REVIEW = """
            SELECT r.id, r.cycle_id, c.name, c.kind, c.status, c.window_start, c.window_end, c.template_id,
                   c.template_version, r.subject_id, r.author_id, r.form, r.status, p.deadline, r.submitted_at,
                   r.answers, r.overall_rating, r.version,
                   (SELECT o.shared_at FROM review_outcome o WHERE o.tenant_id = r.tenant_id AND o.cycle_id = r.cycle_id
                     AND o.employee_id = r.subject_id) AS shared_at
            FROM review r
            JOIN review_cycle c ON c.tenant_id = r.tenant_id AND c.id = r.cycle_id AND c.status <> 'DRAFT'
            JOIN review_participant rp ON rp.tenant_id = r.tenant_id AND rp.cycle_id = r.cycle_id
                 AND rp.employee_id = r.subject_id
            LEFT JOIN review_cycle_phase p ON p.tenant_id = r.tenant_id AND p.cycle_id = r.cycle_id
                 AND p.phase = """ + PHASE_OF_FORM + "\n";

    private final DSLContext db;

    ReviewWritingRepository(DSLContext db) {
        this.db = db;
    }

    record ReviewRow(UUID id, UUID cycleId, String cycleName, CycleKind cycleKind, CycleStatus cycleStatus,
                     LocalDate windowStart, LocalDate windowEnd, UUID templateId, int templateVersion, UUID subjectId,
                     UUID authorId, ReviewForm form, ReviewStatus status, LocalDate deadline, Instant submittedAt,
                     List<ReviewAnswer> answers, Integer overallRating, long version, Instant sharedAt) {
    }

    /** The reviews a person writes about active participants of launched cycles, newest cycle first. */
    List<ReviewRow> byAuthor(UUID authorId) {
        return db.resultQuery(SELECT_REVIEW + """
                WHERE r.author_id = ? AND rp.status = 'ACTIVE'
                ORDER BY c.launched_at DESC, c.id, p.deadline, r.form, r.subject_id""", authorId)
                .fetch(ReviewWritingRepository::toRow);
    }

    Optional<ReviewRow> review(UUID reviewId) {
        return db.resultQuery(SELECT_REVIEW + "WHERE r.id = ?", reviewId).fetchOptional(ReviewWritingRepository::toRow);
    }

    /** The review's row locked for a save, so two saves of one review run one after the other. */
    Optional<ReviewRow> reviewForUpdate(UUID reviewId) {
        return db.resultQuery(SELECT_REVIEW + "WHERE r.id = ? FOR UPDATE OF r", reviewId)
                .fetchOptional(ReviewWritingRepository::toRow);
    }

    private static ReviewRow toRow(Record r) {
        OffsetDateTime submitted = r.get(14, OffsetDateTime.class);
        OffsetDateTime shared = r.get(18, OffsetDateTime.class);
        Short overall = r.get(16, Short.class);
        Object answers = r.get(15);
        return new ReviewRow(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, String.class),
                CycleKind.valueOf(r.get(3, String.class)), CycleStatus.valueOf(r.get(4, String.class)),
                r.get(5, LocalDate.class), r.get(6, LocalDate.class), r.get(7, UUID.class), r.get(8, Integer.class),
                r.get(9, UUID.class), r.get(10, UUID.class), ReviewForm.valueOf(r.get(11, String.class)),
                ReviewStatus.valueOf(r.get(12, String.class)), r.get(13, LocalDate.class),
                submitted == null ? null : submitted.toInstant(), parse(answers == null ? null : answers.toString()),
                overall == null ? null : overall.intValue(), r.get(17, Long.class),
                shared == null ? null : shared.toInstant());
    }

    static List<ReviewAnswer> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return JSON.readValue(json, ANSWERS);
    }

    static String write(List<ReviewAnswer> answers) {
        return JSON.writeValueAsString(answers);
    }

    /**
     * Stores the answers, overall rating and status if the version is still {@code expectedVersion}; false when
     * someone saved in between (or it was submitted).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean save(UUID reviewId, List<ReviewAnswer> answers, Integer overallRating, ReviewStatus status,
                 Instant submittedAt, long expectedVersion) {
        return db.update(REVIEW)
                .set(REVIEW.ANSWERS, JSONB.valueOf(write(answers)))
                .set(REVIEW.OVERALL_RATING, overallRating == null ? null : overallRating.shortValue())
                .set(REVIEW.STATUS, status.name())
                .set(REVIEW.SUBMITTED_AT, submittedAt == null ? null : OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC))
                .set(REVIEW.VERSION, REVIEW.VERSION.plus(1))
                .where(REVIEW.ID.eq(reviewId), REVIEW.VERSION.eq(expectedVersion),
                        REVIEW.STATUS.ne(ReviewStatus.SUBMITTED.name()))
                .execute() == 1;
    }

    // ------------------------------------------------------------------ demo data

    record SeedCycle(UUID id, String name, CycleKind kind, CycleStatus status, UUID templateId, int templateVersion,
                     LocalDate windowEnd) {
    }

    record SeedReview(UUID id, UUID subjectId, UUID authorId, ReviewForm form, ReviewStatus status) {
    }

    /** Whether anyone of the bound tenant has written anything in a review yet. */
    boolean anyWritten() {
        return db.fetchExists(db.selectOne().from(REVIEW).where(REVIEW.STATUS.ne(ReviewStatus.NOT_STARTED.name())));
    }

    List<SeedCycle> launchedCycles() {
        return db.resultQuery("""
                SELECT id, name, kind, status, template_id, template_version, window_end FROM review_cycle
                WHERE status <> 'DRAFT' ORDER BY launched_at, id""")
                .fetch(r -> new SeedCycle(r.get(0, UUID.class), r.get(1, String.class), CycleKind.valueOf(r.get(2, String.class)),
                        CycleStatus.valueOf(r.get(3, String.class)), r.get(4, UUID.class), r.get(5, Integer.class),
                        r.get(6, LocalDate.class)));
    }

    List<SeedReview> reviewsOf(UUID cycleId) {
        return db.select(REVIEW.ID, REVIEW.SUBJECT_ID, REVIEW.AUTHOR_ID, REVIEW.FORM, REVIEW.STATUS).from(REVIEW)
                .where(REVIEW.CYCLE_ID.eq(cycleId)).orderBy(REVIEW.SUBJECT_ID, REVIEW.FORM)
                .fetch(r -> new SeedReview(r.value1(), r.value2(), r.value3(), ReviewForm.valueOf(r.value4()),
                        ReviewStatus.valueOf(r.value5())));
    }

    /** Writes a demo review's answers as they stand, whatever its cycle's state (the seed acts as the system). */
    @Transactional(propagation = Propagation.MANDATORY)
    void seedAnswers(UUID reviewId, List<ReviewAnswer> answers, Integer overallRating, ReviewStatus status,
                     Instant submittedAt) {
        db.update(REVIEW)
                .set(REVIEW.ANSWERS, JSONB.valueOf(write(answers)))
                .set(REVIEW.OVERALL_RATING, overallRating == null ? null : overallRating.shortValue())
                .set(REVIEW.STATUS, status.name())
                .set(REVIEW.SUBMITTED_AT, submittedAt == null ? null : OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC))
                .set(REVIEW.VERSION, REVIEW.VERSION.plus(1))
                .where(REVIEW.ID.eq(reviewId))
                .execute();
    }
}
