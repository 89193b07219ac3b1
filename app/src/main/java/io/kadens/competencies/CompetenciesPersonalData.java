package io.kadens.competencies;

import static io.kadens.db.Tables.ASSESSMENT;
import static io.kadens.db.Tables.ASSESSMENT_RATING;
import static io.kadens.db.Tables.TARGET_ROLE;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Competencies in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 * The export holds the assessments of the person (self and by their managers, which HR admins may read in
 * Kadens) with every rating, the assessments the person made of others (without the ratings, which are
 * about those others), and their target role. Erasure deletes the assessments of the person with their
 * ratings and their target role: they describe only the person. Assessments the person made of their
 * reports stay for those reports, by the pseudonymised assessor.
 */
@Component
class CompetenciesPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Rating(UUID competencyId, int level, String comment) {
    }

    record Assessment(UUID id, String kind, UUID assessorId, OffsetDateTime assessedAt, List<Rating> ratings) {
    }

    record AssessmentOfOther(UUID id, UUID personId, OffsetDateTime assessedAt) {
    }

    record TargetRole(UUID jobFamilyId, UUID jobLevelId, OffsetDateTime setAt) {
    }

    private final DSLContext db;

    CompetenciesPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var own = db.selectFrom(ASSESSMENT).where(ASSESSMENT.PERSON_ID.eq(personId)).orderBy(ASSESSMENT.ASSESSED_AT)
                .fetch(a -> new Assessment(a.getId(), a.getKind(), a.getAssessorId(), a.getAssessedAt(),
                        db.selectFrom(ASSESSMENT_RATING).where(ASSESSMENT_RATING.ASSESSMENT_ID.eq(a.getId()))
                                .orderBy(ASSESSMENT_RATING.COMPETENCY_ID)
                                .fetch(r -> new Rating(r.getCompetencyId(), r.getLevel(), r.getComment()))));
        var ofOthers = db.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.ASSESSOR_ID.eq(personId).and(ASSESSMENT.PERSON_ID.ne(personId)))
                .orderBy(ASSESSMENT.ASSESSED_AT)
                .fetch(a -> new AssessmentOfOther(a.getId(), a.getPersonId(), a.getAssessedAt()));
        var target = db.selectFrom(TARGET_ROLE).where(TARGET_ROLE.PERSON_ID.eq(personId))
                .fetch(t -> new TargetRole(t.getJobFamilyId(), t.getJobLevelId(), t.getSetAt()));
        return Map.of("competencies-assessments", own, "competencies-assessments-made", ofOthers,
                "competencies-target-role", target);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("assessment.person_id", "assessment.assessor_id", "target_role.person_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(ASSESSMENT).where(ASSESSMENT.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(TARGET_ROLE).where(TARGET_ROLE.PERSON_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("assessment.person_id", ErasureRule.DELETED, "assessment.assessor_id", ErasureRule.KEPT,
                "target_role.person_id", ErasureRule.DELETED);
    }
}
