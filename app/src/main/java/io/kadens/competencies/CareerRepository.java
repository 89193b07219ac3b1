package io.kadens.competencies;

import static io.kadens.db.Tables.CAREER_MOVE;
import static io.kadens.db.Tables.TARGET_ROLE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to lateral moves and target roles (the latter also under the person-bound row policy). */
@Repository
class CareerRepository {

    private final DSLContext db;

    CareerRepository(DSLContext db) {
        this.db = db;
    }

    List<LateralMove> moves(UUID fromLevelId) {
        return db.selectFrom(CAREER_MOVE)
                .where(fromLevelId == null ? DSL.trueCondition() : CAREER_MOVE.FROM_LEVEL_ID.eq(fromLevelId))
                .orderBy(CAREER_MOVE.CREATED_AT)
                .fetch(row -> new LateralMove(row.getId(), row.getFromFamilyId(), row.getFromLevelId(),
                        row.getToFamilyId(), row.getToLevelId()));
    }

    boolean moveExists(UUID fromLevelId, UUID toLevelId) {
        return db.fetchExists(CAREER_MOVE, CAREER_MOVE.FROM_LEVEL_ID.eq(fromLevelId).and(CAREER_MOVE.TO_LEVEL_ID.eq(toLevelId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertMove(UUID id, UUID fromFamilyId, UUID fromLevelId, UUID toFamilyId, UUID toLevelId) {
        db.insertInto(CAREER_MOVE).set(CAREER_MOVE.ID, id).set(CAREER_MOVE.FROM_FAMILY_ID, fromFamilyId)
                .set(CAREER_MOVE.FROM_LEVEL_ID, fromLevelId).set(CAREER_MOVE.TO_FAMILY_ID, toFamilyId)
                .set(CAREER_MOVE.TO_LEVEL_ID, toLevelId).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteMove(UUID id) {
        return db.deleteFrom(CAREER_MOVE).where(CAREER_MOVE.ID.eq(id)).execute() == 1;
    }

    record StoredTarget(UUID personId, UUID familyId, UUID levelId, java.time.OffsetDateTime setAt, long version) {
    }

    Optional<StoredTarget> target(UUID personId) {
        return db.selectFrom(TARGET_ROLE).where(TARGET_ROLE.PERSON_ID.eq(personId))
                .fetchOptional(row -> new StoredTarget(row.getPersonId(), row.getJobFamilyId(), row.getJobLevelId(),
                        row.getSetAt(), row.getVersion()));
    }

    /** Sets the target when the stored version is the expected one (-1: none stored yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveTarget(UUID personId, UUID familyId, UUID levelId, long expectedVersion) {
        if (expectedVersion < 0) {
            return db.insertInto(TARGET_ROLE).set(TARGET_ROLE.PERSON_ID, personId).set(TARGET_ROLE.JOB_FAMILY_ID, familyId)
                    .set(TARGET_ROLE.JOB_LEVEL_ID, levelId).onConflictDoNothing().execute() == 1;
        }
        return db.update(TARGET_ROLE).set(TARGET_ROLE.JOB_FAMILY_ID, familyId).set(TARGET_ROLE.JOB_LEVEL_ID, levelId)
                .set(TARGET_ROLE.SET_AT, DSL.currentOffsetDateTime()).set(TARGET_ROLE.VERSION, TARGET_ROLE.VERSION.plus(1))
                .where(TARGET_ROLE.PERSON_ID.eq(personId)).and(TARGET_ROLE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteTarget(UUID personId, long expectedVersion) {
        return db.deleteFrom(TARGET_ROLE).where(TARGET_ROLE.PERSON_ID.eq(personId))
                .and(TARGET_ROLE.VERSION.eq(expectedVersion)).execute() == 1;
    }
}
