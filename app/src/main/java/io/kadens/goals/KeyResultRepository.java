package io.kadens.goals;

import static io.kadens.db.Tables.GOAL_CHECK_IN;
import static io.kadens.db.Tables.KEY_RESULT;
import static io.kadens.db.Tables.MILESTONE;
import static io.kadens.goals.GoalRepository.at;
import static io.kadens.goals.GoalRepository.instant;

import io.kadens.people.OrgFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to key results, their milestones and goal check-ins; row-level security confines it to the bound tenant. */
@Repository
class KeyResultRepository {

    private final DSLContext db;
    private final OrgFacts orgFacts;

    KeyResultRepository(DSLContext db, OrgFacts orgFacts) {
        this.db = db;
        this.orgFacts = orgFacts;
    }

    // ------------------------------------------------------------------ key results and milestones

    record KeyResultRow(UUID id, UUID goalId, String title, KeyResultType type, BigDecimal startValue,
                        BigDecimal targetValue, BigDecimal currentValue, String unit, BigDecimal weight, int position,
                        long version) {
    }

    record MilestoneRow(UUID id, UUID keyResultId, String title, boolean done, Instant doneAt, int position,
                        long version) {
    }

    private static KeyResultRow toKeyResult(Record row) {
        return new KeyResultRow(row.get(KEY_RESULT.ID), row.get(KEY_RESULT.GOAL_ID), row.get(KEY_RESULT.TITLE),
                KeyResultType.valueOf(row.get(KEY_RESULT.TYPE)), row.get(KEY_RESULT.START_VALUE),
                row.get(KEY_RESULT.TARGET_VALUE), row.get(KEY_RESULT.CURRENT_VALUE), row.get(KEY_RESULT.UNIT),
                row.get(KEY_RESULT.WEIGHT), row.get(KEY_RESULT.POSITION), row.get(KEY_RESULT.VERSION));
    }

    List<KeyResultRow> keyResults(Collection<UUID> goalIds) {
        Condition where = goalIds == null ? DSL.trueCondition() : KEY_RESULT.GOAL_ID.in(goalIds);
        return db.selectFrom(KEY_RESULT).where(where).orderBy(KEY_RESULT.POSITION, KEY_RESULT.CREATED_AT, KEY_RESULT.ID)
                .fetch(KeyResultRepository::toKeyResult);
    }

    Optional<KeyResultRow> keyResult(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return db.selectFrom(KEY_RESULT).where(KEY_RESULT.ID.eq(id)).fetchOptional(KeyResultRepository::toKeyResult);
    }

    List<MilestoneRow> milestones(Collection<UUID> keyResultIds) {
        Condition where = keyResultIds == null ? DSL.trueCondition() : MILESTONE.KEY_RESULT_ID.in(keyResultIds);
        return db.selectFrom(MILESTONE).where(where).orderBy(MILESTONE.POSITION, MILESTONE.ID)
                .fetch(row -> new MilestoneRow(row.getId(), row.getKeyResultId(), row.getTitle(), row.getDone(),
                        instant(row.getDoneAt()), row.getPosition(), row.getVersion()));
    }


    Optional<MilestoneRow> milestoneById(UUID id) {
        return db.selectFrom(MILESTONE).where(MILESTONE.ID.eq(id))
                .fetchOptional(row -> new MilestoneRow(row.getId(), row.getKeyResultId(), row.getTitle(),
                        row.getDone(), instant(row.getDoneAt()), row.getPosition(), row.getVersion()));
    }

    int nextKeyResultPosition(UUID goalId) {
        Integer max = db.select(DSL.max(KEY_RESULT.POSITION)).from(KEY_RESULT).where(KEY_RESULT.GOAL_ID.eq(goalId))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertKeyResult(UUID id, UUID goalId, String title, KeyResultType type, BigDecimal start, BigDecimal target,
                         BigDecimal current, String unit, BigDecimal weight, Instant now) {
        db.insertInto(KEY_RESULT)
                .set(KEY_RESULT.ID, id)
                .set(KEY_RESULT.GOAL_ID, goalId)
                .set(KEY_RESULT.TITLE, title)
                .set(KEY_RESULT.TYPE, type.name())
                .set(KEY_RESULT.START_VALUE, start)
                .set(KEY_RESULT.TARGET_VALUE, target)
                .set(KEY_RESULT.CURRENT_VALUE, current)
                .set(KEY_RESULT.UNIT, unit)
                .set(KEY_RESULT.WEIGHT, weight)
                .set(KEY_RESULT.POSITION, nextKeyResultPosition(goalId))
                .set(KEY_RESULT.CREATED_AT, at(now))
                .set(KEY_RESULT.UPDATED_AT, at(now))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateKeyResult(UUID id, long expectedVersion, String title, KeyResultType type, BigDecimal start,
                            BigDecimal target, BigDecimal current, String unit, BigDecimal weight, Instant now) {
        return db.update(KEY_RESULT)
                .set(KEY_RESULT.TITLE, title)
                .set(KEY_RESULT.TYPE, type.name())
                .set(KEY_RESULT.START_VALUE, start)
                .set(KEY_RESULT.TARGET_VALUE, target)
                .set(KEY_RESULT.CURRENT_VALUE, current)
                .set(KEY_RESULT.UNIT, unit)
                .set(KEY_RESULT.WEIGHT, weight)
                .set(KEY_RESULT.UPDATED_AT, at(now))
                .set(KEY_RESULT.VERSION, expectedVersion + 1)
                .where(KEY_RESULT.ID.eq(id)).and(KEY_RESULT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** A check-in's new value: no version check (the goal row is locked), but the version moves on. */
    @Transactional(propagation = Propagation.MANDATORY)
    void setKeyResultCurrent(UUID id, BigDecimal current, Instant now) {
        db.update(KEY_RESULT).set(KEY_RESULT.CURRENT_VALUE, current).set(KEY_RESULT.UPDATED_AT, at(now))
                .set(KEY_RESULT.VERSION, KEY_RESULT.VERSION.plus(1))
                .where(KEY_RESULT.ID.eq(id)).execute();
    }

    /** A check-in's new value when the key result is still at the version the person read: false when it moved on. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean setKeyResultCurrent(UUID id, long expectedVersion, BigDecimal current, Instant now) {
        return db.update(KEY_RESULT).set(KEY_RESULT.CURRENT_VALUE, current).set(KEY_RESULT.UPDATED_AT, at(now))
                .set(KEY_RESULT.VERSION, expectedVersion + 1)
                .where(KEY_RESULT.ID.eq(id)).and(KEY_RESULT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteKeyResult(UUID id, long expectedVersion) {
        return db.deleteFrom(KEY_RESULT).where(KEY_RESULT.ID.eq(id)).and(KEY_RESULT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean keyResultHasCheckIns(UUID id) {
        return db.fetchExists(DSL.selectOne().from(GOAL_CHECK_IN).where(GOAL_CHECK_IN.KEY_RESULT_ID.eq(id)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertMilestone(UUID id, UUID keyResultId, String title) {
        Integer max = db.select(DSL.max(MILESTONE.POSITION)).from(MILESTONE)
                .where(MILESTONE.KEY_RESULT_ID.eq(keyResultId)).fetchOne(0, Integer.class);
        db.insertInto(MILESTONE).set(MILESTONE.ID, id)
                .set(MILESTONE.KEY_RESULT_ID, keyResultId).set(MILESTONE.TITLE, title)
                .set(MILESTONE.POSITION, max == null ? 0 : max + 1).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean renameMilestone(UUID id, long expectedVersion, String title) {
        return db.update(MILESTONE).set(MILESTONE.TITLE, title).set(MILESTONE.VERSION, expectedVersion + 1)
                .where(MILESTONE.ID.eq(id)).and(MILESTONE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setMilestoneDone(UUID id, long expectedVersion, boolean done, Instant now) {
        return db.update(MILESTONE).set(MILESTONE.DONE, done).set(MILESTONE.DONE_AT, done ? at(now) : null)
                .set(MILESTONE.VERSION, expectedVersion + 1)
                .where(MILESTONE.ID.eq(id)).and(MILESTONE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteMilestone(UUID id, long expectedVersion) {
        return db.deleteFrom(MILESTONE).where(MILESTONE.ID.eq(id)).and(MILESTONE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    // ------------------------------------------------------------------ check-ins and comments

    @Transactional(propagation = Propagation.MANDATORY)
    void insertCheckIn(UUID id, UUID goalId, UUID keyResultId, BigDecimal value, BigDecimal goalProgress,
                       int confidence, String comment, UUID authorId, Instant now) {
        db.insertInto(GOAL_CHECK_IN)
                .set(GOAL_CHECK_IN.ID, id)
                .set(GOAL_CHECK_IN.GOAL_ID, goalId)
                .set(GOAL_CHECK_IN.KEY_RESULT_ID, keyResultId)
                .set(GOAL_CHECK_IN.VALUE, value)
                .set(GOAL_CHECK_IN.GOAL_PROGRESS, goalProgress)
                .set(GOAL_CHECK_IN.CONFIDENCE, (short) confidence)
                .set(GOAL_CHECK_IN.COMMENT, comment)
                .set(GOAL_CHECK_IN.AUTHOR_ID, authorId)
                .set(GOAL_CHECK_IN.CREATED_AT, at(now))
                .execute();
    }

    List<CheckIn> checkIns(UUID goalId) {
        var rows = db.select(GOAL_CHECK_IN.ID, GOAL_CHECK_IN.GOAL_ID, GOAL_CHECK_IN.KEY_RESULT_ID, KEY_RESULT.TITLE,
                        GOAL_CHECK_IN.VALUE, GOAL_CHECK_IN.GOAL_PROGRESS, GOAL_CHECK_IN.CONFIDENCE,
                        GOAL_CHECK_IN.COMMENT, GOAL_CHECK_IN.AUTHOR_ID, GOAL_CHECK_IN.CREATED_AT)
                .from(GOAL_CHECK_IN)
                .leftJoin(KEY_RESULT).on(KEY_RESULT.ID.eq(GOAL_CHECK_IN.KEY_RESULT_ID))
                .where(GOAL_CHECK_IN.GOAL_ID.eq(goalId))
                .orderBy(GOAL_CHECK_IN.CREATED_AT, GOAL_CHECK_IN.ID)
                .fetch();
        Map<UUID, String> authors = orgFacts.names(rows.getValues(GOAL_CHECK_IN.AUTHOR_ID));
        return rows.map(row -> new CheckIn(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                row.value6().doubleValue(), row.value7(), row.value8(), new PersonRef(row.value9(),
                authors.get(row.value9())), instant(row.value10())));
    }

    /** The latest check-in per goal (for stale goals). */
    Map<UUID, Instant> lastCheckIns() {
        Map<UUID, Instant> result = new HashMap<>();
        db.select(GOAL_CHECK_IN.GOAL_ID, DSL.max(GOAL_CHECK_IN.CREATED_AT)).from(GOAL_CHECK_IN)
                .groupBy(GOAL_CHECK_IN.GOAL_ID)
                .forEach(row -> result.put(row.value1(), instant(row.value2())));
        return result;
    }
}
