package io.kadens.goals;

import static io.kadens.db.Tables.GOAL;
import static io.kadens.db.Tables.GOAL_CYCLE;
import static io.kadens.db.Tables.GOAL_SETTINGS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to goal cycles and the tenant's goal settings; row-level security confines it to the bound tenant. */
@Repository
class GoalCycleRepository {

    private final DSLContext db;

    GoalCycleRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ cycles and settings

    private static GoalCycle toCycle(io.kadens.db.tables.records.GoalCycleRecord row) {
        return new GoalCycle(row.getId(), row.getName(), CycleKind.valueOf(row.getKind()), row.getStartsOn(),
                row.getEndsOn(), row.getClosed(), row.getVersion());
    }

    List<GoalCycle> cycles() {
        return db.selectFrom(GOAL_CYCLE).orderBy(GOAL_CYCLE.STARTS_ON.desc(), GOAL_CYCLE.NAME)
                .fetch(GoalCycleRepository::toCycle);
    }

    Optional<GoalCycle> cycle(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return db.selectFrom(GOAL_CYCLE).where(GOAL_CYCLE.ID.eq(id)).fetchOptional(GoalCycleRepository::toCycle);
    }

    Optional<UUID> cycleByName(String name) {
        return db.select(GOAL_CYCLE.ID).from(GOAL_CYCLE).where(DSL.lower(GOAL_CYCLE.NAME).eq(name.toLowerCase()))
                .fetchOptional(GOAL_CYCLE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertCycle(UUID id, GoalCycleData data) {
        db.insertInto(GOAL_CYCLE).set(GOAL_CYCLE.ID, id)
                .set(GOAL_CYCLE.NAME, data.name().strip()).set(GOAL_CYCLE.KIND, data.kind().name())
                .set(GOAL_CYCLE.STARTS_ON, data.startsOn()).set(GOAL_CYCLE.ENDS_ON, data.endsOn())
                .set(GOAL_CYCLE.CLOSED, data.closed()).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateCycle(UUID id, long expectedVersion, GoalCycleData data) {
        return db.update(GOAL_CYCLE).set(GOAL_CYCLE.NAME, data.name().strip()).set(GOAL_CYCLE.KIND, data.kind().name())
                .set(GOAL_CYCLE.STARTS_ON, data.startsOn()).set(GOAL_CYCLE.ENDS_ON, data.endsOn())
                .set(GOAL_CYCLE.CLOSED, data.closed()).set(GOAL_CYCLE.VERSION, expectedVersion + 1)
                .where(GOAL_CYCLE.ID.eq(id)).and(GOAL_CYCLE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    boolean cycleInUse(UUID id) {
        return db.fetchExists(DSL.selectOne().from(GOAL).where(GOAL.CYCLE_ID.eq(id)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteCycle(UUID id, long expectedVersion) {
        return db.deleteFrom(GOAL_CYCLE).where(GOAL_CYCLE.ID.eq(id)).and(GOAL_CYCLE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    GoalSettings settings() {
        return db.selectFrom(GOAL_SETTINGS).fetchOptional()
                .map(row -> new GoalSettings(row.getStaleAfterDays(), row.getVersion()))
                .orElse(new GoalSettings(GoalSettings.DEFAULT_STALE_AFTER_DAYS, 0));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveSettings(int staleAfterDays, long expectedVersion) {
        if (db.fetchCount(GOAL_SETTINGS) == 0) {
            if (expectedVersion != 0) {
                return false;
            }
            return db.insertInto(GOAL_SETTINGS)
                    .set(GOAL_SETTINGS.STALE_AFTER_DAYS, (short) staleAfterDays).set(GOAL_SETTINGS.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(GOAL_SETTINGS).set(GOAL_SETTINGS.STALE_AFTER_DAYS, (short) staleAfterDays)
                .set(GOAL_SETTINGS.VERSION, expectedVersion + 1).where(GOAL_SETTINGS.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
