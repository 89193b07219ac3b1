package io.kadens.competencies;

import static io.kadens.db.Tables.ASSESSMENT;
import static io.kadens.db.Tables.ASSESSMENT_RATING;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to assessments. Besides the tenant, a restrictive row policy shows a signed-in person only
 * their own assessments, those of people below them and, to HR admins, everyone's.
 */
@Repository
class AssessmentRepository {

    private final DSLContext db;

    AssessmentRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, UUID personId, UUID assessorId, AssessmentKind kind, List<Rating> ratings) {
        db.insertInto(ASSESSMENT).set(ASSESSMENT.ID, id).set(ASSESSMENT.PERSON_ID, personId)
                .set(ASSESSMENT.ASSESSOR_ID, assessorId).set(ASSESSMENT.KIND, kind.name()).execute();
        for (Rating rating : ratings) {
            db.insertInto(ASSESSMENT_RATING)
                    .set(ASSESSMENT_RATING.ASSESSMENT_ID, id)
                    .set(ASSESSMENT_RATING.COMPETENCY_ID, rating.competencyId())
                    .set(ASSESSMENT_RATING.LEVEL, rating.level())
                    .set(ASSESSMENT_RATING.COMMENT, rating.comment())
                    .set(ASSESSMENT_RATING.EVIDENCE_GOAL_IDS, rating.evidence().goalIds().toArray(UUID[]::new))
                    .set(ASSESSMENT_RATING.EVIDENCE_FEEDBACK_IDS, rating.evidence().feedbackIds().toArray(UUID[]::new))
                    .set(ASSESSMENT_RATING.EVIDENCE_CHECK_IN_IDS, rating.evidence().checkInIds().toArray(UUID[]::new))
                    .execute();
        }
    }

    /** Assessments matching the condition, newest first, each with its ratings; two queries. */
    private List<Assessment> assessments(Condition where, int limit) {
        Map<UUID, Assessment> byId = new LinkedHashMap<>();
        db.selectFrom(ASSESSMENT).where(where).orderBy(ASSESSMENT.ASSESSED_AT.desc(), ASSESSMENT.ID).limit(limit)
                .forEach(row -> byId.put(row.getId(), new Assessment(row.getId(), row.getPersonId(), row.getAssessorId(),
                        null, AssessmentKind.valueOf(row.getKind()), row.getAssessedAt(), new ArrayList<>())));
        if (byId.isEmpty()) {
            return List.of();
        }
        db.selectFrom(ASSESSMENT_RATING).where(ASSESSMENT_RATING.ASSESSMENT_ID.in(byId.keySet()))
                .forEach(row -> byId.get(row.getAssessmentId()).ratings().add(new Rating(row.getCompetencyId(),
                        row.getLevel(), row.getComment(), new Evidence(List.of(row.getEvidenceGoalIds()),
                        List.of(row.getEvidenceFeedbackIds()), List.of(row.getEvidenceCheckInIds())))));
        return List.copyOf(byId.values());
    }

    List<Assessment> ofPerson(UUID personId, int limit) {
        return assessments(ASSESSMENT.PERSON_ID.eq(personId), limit);
    }

    Optional<Assessment> assessment(UUID id) {
        return assessments(ASSESSMENT.ID.eq(id), 1).stream().findFirst();
    }

    record LatestRating(UUID personId, UUID competencyId, AssessmentKind kind, int level) {
    }

    /** For each person, competency and kind, the level of the newest rating. One query. */
    List<LatestRating> latestRatings(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return db.selectDistinct(ASSESSMENT.PERSON_ID, ASSESSMENT_RATING.COMPETENCY_ID, ASSESSMENT.KIND,
                        ASSESSMENT_RATING.LEVEL)
                .on(ASSESSMENT.PERSON_ID, ASSESSMENT_RATING.COMPETENCY_ID, ASSESSMENT.KIND)
                .from(ASSESSMENT_RATING).join(ASSESSMENT).on(ASSESSMENT.TENANT_ID.eq(ASSESSMENT_RATING.TENANT_ID)
                        .and(ASSESSMENT.ID.eq(ASSESSMENT_RATING.ASSESSMENT_ID)))
                .where(ASSESSMENT.PERSON_ID.in(personIds))
                .orderBy(ASSESSMENT.PERSON_ID, ASSESSMENT_RATING.COMPETENCY_ID, ASSESSMENT.KIND,
                        ASSESSMENT.ASSESSED_AT.desc(), ASSESSMENT.ID.desc())
                .fetch(row -> new LatestRating(row.value1(), row.value2(), AssessmentKind.valueOf(row.value3()),
                        row.value4()));
    }

    /** Rows a signed-in caller can read right now, for tests of the row policy. */
    int visibleCount() {
        return db.fetchCount(ASSESSMENT, DSL.trueCondition());
    }
}
