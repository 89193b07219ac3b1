package io.kadens.rollout;

import static io.kadens.db.Tables.PILOT_GROUP;
import static io.kadens.db.Tables.PILOT_GROUP_CHAMPION;
import static io.kadens.db.Tables.PILOT_GROUP_MEMBER;
import static io.kadens.db.Tables.ROLLOUT_MILESTONE;
import static io.kadens.db.Tables.ROLLOUT_PHASE;
import static io.kadens.db.Tables.ROLLOUT_PLAN;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to the rollout tables; row-level security confines every statement to the bound tenant. */
@Repository
class RolloutRepository {

    private final DSLContext db;

    RolloutRepository(DSLContext db) {
        this.db = db;
    }

    record PlanRow(long version, UUID contactPersonId) {
    }

    Optional<PlanRow> plan() {
        return db.select(ROLLOUT_PLAN.VERSION, ROLLOUT_PLAN.CONTACT_PERSON_ID).from(ROLLOUT_PLAN)
                .fetchOptional(row -> new PlanRow(row.value1(), row.value2()));
    }

    /** Creates the plan row at version 1 when expected is 0, else bumps it; false when someone else saved first. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean savePlan(long expectedVersion, UUID contactPersonId) {
        if (expectedVersion == 0) {
            return db.insertInto(ROLLOUT_PLAN)
                    .set(ROLLOUT_PLAN.CONTACT_PERSON_ID, contactPersonId)
                    .set(ROLLOUT_PLAN.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(ROLLOUT_PLAN)
                .set(ROLLOUT_PLAN.CONTACT_PERSON_ID, contactPersonId)
                .set(ROLLOUT_PLAN.UPDATED_AT, OffsetDateTime.now())
                .set(ROLLOUT_PLAN.VERSION, ROLLOUT_PLAN.VERSION.plus(1))
                .where(ROLLOUT_PLAN.VERSION.eq(expectedVersion)).execute() == 1;
    }

    List<PhaseDates> phases() {
        return db.select(ROLLOUT_PHASE.PHASE, ROLLOUT_PHASE.STARTS_ON, ROLLOUT_PHASE.ENDS_ON).from(ROLLOUT_PHASE)
                .orderBy(ROLLOUT_PHASE.STARTS_ON)
                .fetch(row -> new PhaseDates(RolloutPhase.valueOf(row.value1()), row.value2(), row.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replacePhases(List<PhaseDates> phases) {
        db.deleteFrom(ROLLOUT_PHASE).execute();
        for (PhaseDates phase : phases) {
            db.insertInto(ROLLOUT_PHASE)
                    .set(ROLLOUT_PHASE.PHASE, phase.phase().name())
                    .set(ROLLOUT_PHASE.STARTS_ON, phase.startsOn())
                    .set(ROLLOUT_PHASE.ENDS_ON, phase.endsOn())
                    .execute();
        }
    }

    // ------------------------------------------------------------------ milestones

    List<Milestone> milestones() {
        return db.select(ROLLOUT_MILESTONE.ID, ROLLOUT_MILESTONE.VERSION, ROLLOUT_MILESTONE.PHASE,
                        ROLLOUT_MILESTONE.TITLE, ROLLOUT_MILESTONE.DUE_ON, ROLLOUT_MILESTONE.DONE)
                .from(ROLLOUT_MILESTONE).orderBy(ROLLOUT_MILESTONE.DUE_ON, ROLLOUT_MILESTONE.TITLE)
                .fetch(row -> new Milestone(row.value1(), row.value2(), RolloutPhase.valueOf(row.value3()),
                        row.value4(), row.value5(), row.value6()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertMilestone(UUID id, MilestoneData data) {
        db.insertInto(ROLLOUT_MILESTONE)
                .set(ROLLOUT_MILESTONE.ID, id)
                .set(ROLLOUT_MILESTONE.PHASE, data.phase().name())
                .set(ROLLOUT_MILESTONE.TITLE, data.title().strip())
                .set(ROLLOUT_MILESTONE.DUE_ON, data.dueOn())
                .set(ROLLOUT_MILESTONE.DONE, data.done())
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateMilestone(UUID id, long expectedVersion, MilestoneData data) {
        return db.update(ROLLOUT_MILESTONE)
                .set(ROLLOUT_MILESTONE.PHASE, data.phase().name())
                .set(ROLLOUT_MILESTONE.TITLE, data.title().strip())
                .set(ROLLOUT_MILESTONE.DUE_ON, data.dueOn())
                .set(ROLLOUT_MILESTONE.DONE, data.done())
                .set(ROLLOUT_MILESTONE.VERSION, ROLLOUT_MILESTONE.VERSION.plus(1))
                .where(ROLLOUT_MILESTONE.ID.eq(id)).and(ROLLOUT_MILESTONE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean milestoneExists(UUID id) {
        return db.fetchExists(ROLLOUT_MILESTONE, ROLLOUT_MILESTONE.ID.eq(id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteMilestone(UUID id) {
        return db.deleteFrom(ROLLOUT_MILESTONE).where(ROLLOUT_MILESTONE.ID.eq(id)).execute() == 1;
    }

    // ------------------------------------------------------------------ pilot groups

    record GroupRow(UUID id, long version, PilotGroupData data) {
    }

    /** Every group with its members and champions: three statements, however many groups. */
    List<GroupRow> groups() {
        Map<UUID, Set<UUID>> departments = new HashMap<>();
        Map<UUID, Set<UUID>> teams = new HashMap<>();
        Map<UUID, Set<UUID>> people = new HashMap<>();
        Map<UUID, Set<UUID>> champions = new HashMap<>();
        db.select(PILOT_GROUP_MEMBER.GROUP_ID, PILOT_GROUP_MEMBER.DEPARTMENT_ID, PILOT_GROUP_MEMBER.TEAM_ID,
                PILOT_GROUP_MEMBER.PERSON_ID).from(PILOT_GROUP_MEMBER).forEach(row -> {
                    if (row.value2() != null) {
                        departments.computeIfAbsent(row.value1(), g -> new HashSet<>()).add(row.value2());
                    } else if (row.value3() != null) {
                        teams.computeIfAbsent(row.value1(), g -> new HashSet<>()).add(row.value3());
                    } else {
                        people.computeIfAbsent(row.value1(), g -> new HashSet<>()).add(row.value4());
                    }
                });
        db.select(PILOT_GROUP_CHAMPION.GROUP_ID, PILOT_GROUP_CHAMPION.PERSON_ID).from(PILOT_GROUP_CHAMPION)
                .forEach(row -> champions.computeIfAbsent(row.value1(), g -> new HashSet<>()).add(row.value2()));
        return db.select(PILOT_GROUP.ID, PILOT_GROUP.VERSION, PILOT_GROUP.NAME, PILOT_GROUP.DEPARTMENT_KIND,
                        PILOT_GROUP.FEATURES)
                .from(PILOT_GROUP).orderBy(PILOT_GROUP.NAME)
                .fetch(row -> new GroupRow(row.value1(), row.value2(), new PilotGroupData(row.value3(),
                        DepartmentKind.valueOf(row.value4()), features(row.value5()),
                        departments.getOrDefault(row.value1(), Set.of()), teams.getOrDefault(row.value1(), Set.of()),
                        people.getOrDefault(row.value1(), Set.of()), champions.getOrDefault(row.value1(), Set.of()))));
    }

    private static Set<Feature> features(String[] stored) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        Arrays.stream(stored).map(Feature::valueOf).forEach(features::add);
        return features;
    }

    Optional<UUID> groupNamed(String name) {
        return db.select(PILOT_GROUP.ID).from(PILOT_GROUP)
                .where(PILOT_GROUP.NAME.lower().eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(PILOT_GROUP.ID);
    }

    boolean groupExists(UUID id) {
        return db.fetchExists(PILOT_GROUP, PILOT_GROUP.ID.eq(id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertGroup(UUID id, PilotGroupData data) {
        db.insertInto(PILOT_GROUP)
                .set(PILOT_GROUP.ID, id)
                .set(PILOT_GROUP.NAME, data.name().strip())
                .set(PILOT_GROUP.DEPARTMENT_KIND, data.departmentKind().name())
                .set(PILOT_GROUP.FEATURES, stored(data.features()))
                .execute();
        writeMembers(id, data);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateGroup(UUID id, long expectedVersion, PilotGroupData data) {
        boolean updated = db.update(PILOT_GROUP)
                .set(PILOT_GROUP.NAME, data.name().strip())
                .set(PILOT_GROUP.DEPARTMENT_KIND, data.departmentKind().name())
                .set(PILOT_GROUP.FEATURES, stored(data.features()))
                .set(PILOT_GROUP.VERSION, PILOT_GROUP.VERSION.plus(1))
                .where(PILOT_GROUP.ID.eq(id)).and(PILOT_GROUP.VERSION.eq(expectedVersion))
                .execute() == 1;
        if (updated) {
            db.deleteFrom(PILOT_GROUP_MEMBER).where(PILOT_GROUP_MEMBER.GROUP_ID.eq(id)).execute();
            db.deleteFrom(PILOT_GROUP_CHAMPION).where(PILOT_GROUP_CHAMPION.GROUP_ID.eq(id)).execute();
            writeMembers(id, data);
        }
        return updated;
    }

    private static String[] stored(Set<Feature> features) {
        return features.stream().sorted().map(Feature::name).toArray(String[]::new);
    }

    private void writeMembers(UUID group, PilotGroupData data) {
        var members = db.insertInto(PILOT_GROUP_MEMBER, PILOT_GROUP_MEMBER.GROUP_ID, PILOT_GROUP_MEMBER.MEMBER_ID,
                PILOT_GROUP_MEMBER.DEPARTMENT_ID, PILOT_GROUP_MEMBER.TEAM_ID, PILOT_GROUP_MEMBER.PERSON_ID);
        data.departmentIds().forEach(id -> members.values(group, id, id, null, null));
        data.teamIds().forEach(id -> members.values(group, id, null, id, null));
        data.personIds().forEach(id -> members.values(group, id, null, null, id));
        if (data.hasMembers()) {
            members.execute();
        }
        if (!data.championIds().isEmpty()) {
            var champions = db.insertInto(PILOT_GROUP_CHAMPION, PILOT_GROUP_CHAMPION.GROUP_ID,
                    PILOT_GROUP_CHAMPION.PERSON_ID);
            data.championIds().forEach(id -> champions.values(group, id));
            champions.execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteGroup(UUID id) {
        return db.deleteFrom(PILOT_GROUP).where(PILOT_GROUP.ID.eq(id)).execute() == 1;
    }
}
