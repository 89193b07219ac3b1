package io.kadens.people;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.JOB_FAMILY;
import static io.kadens.db.Tables.JOB_LEVEL;
import static io.kadens.db.Tables.TEAM;

import io.kadens.db.tables.Employee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to departments, teams, job families and levels of the bound tenant. */
@Repository
class StructureRepository {

    private static final Employee LEAD = EMPLOYEE.as("lead");

    private final DSLContext db;

    StructureRepository(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- departments

    List<Department> departments() {
        var people = DSL.count(EMPLOYEE.ID);
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.PARENT_ID, DEPARTMENT.VERSION, people)
                .from(DEPARTMENT)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.TENANT_ID.eq(DEPARTMENT.TENANT_ID)
                        .and(EMPLOYEE.DEPARTMENT_ID.eq(DEPARTMENT.ID)).and(EMPLOYEE.STATUS.eq("ACTIVE")))
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.PARENT_ID, DEPARTMENT.VERSION)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> new Department(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<Department> department(UUID id) {
        return departments().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    boolean departmentExists(UUID id) {
        return db.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(id));
    }

    boolean departmentNameTaken(String name, UUID except) {
        return db.fetchExists(DEPARTMENT, DSL.lower(DEPARTMENT.NAME).eq(name.toLowerCase())
                .and(except == null ? DSL.trueCondition() : DEPARTMENT.ID.ne(except)));
    }

    List<UUID> departmentIdsAbove(UUID departmentId) {
        var chain = DSL.name("chain");
        var id = DSL.field(DSL.name("chain", "id"), UUID.class);
        var depth = DSL.field(DSL.name("chain", "depth"), Integer.class);
        return db.withRecursive(chain.fields("id", "depth").as(
                        DSL.select(DEPARTMENT.PARENT_ID, DSL.inline(1)).from(DEPARTMENT).where(DEPARTMENT.ID.eq(departmentId))
                                .unionAll(DSL.select(DEPARTMENT.PARENT_ID, depth.plus(1))
                                        .from(DEPARTMENT).join(chain).on(DEPARTMENT.ID.eq(id))
                                        .where(depth.lt(1000)))))
                .select(id).from(chain).where(id.isNotNull()).orderBy(depth).fetch(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int updateDepartment(UUID id, String name, UUID parentId, long expectedVersion) {
        return db.update(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.PARENT_ID, parentId)
                .set(DEPARTMENT.VERSION, DEPARTMENT.VERSION.plus(1))
                .where(DEPARTMENT.ID.eq(id)).and(DEPARTMENT.VERSION.eq(expectedVersion)).execute();
    }

    /** Why a department cannot be deleted: people, teams or sub-departments in it; empty when it can. */
    Optional<String> departmentInUse(UUID id) {
        if (db.fetchExists(EMPLOYEE, EMPLOYEE.DEPARTMENT_ID.eq(id))) {
            return Optional.of("people-admin.department.delete.has-people");
        }
        if (db.fetchExists(TEAM, TEAM.DEPARTMENT_ID.eq(id))) {
            return Optional.of("people-admin.department.delete.has-teams");
        }
        if (db.fetchExists(DEPARTMENT, DEPARTMENT.PARENT_ID.eq(id))) {
            return Optional.of("people-admin.department.delete.has-departments");
        }
        return Optional.empty();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteDepartment(UUID id, long expectedVersion) {
        return db.deleteFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).and(DEPARTMENT.VERSION.eq(expectedVersion))
                .execute();
    }

    // ---------------------------------------------------------------- teams

    List<Team> teams() {
        var people = DSL.count(EMPLOYEE.ID);
        return db.select(TEAM.ID, TEAM.NAME, TEAM.DEPARTMENT_ID, TEAM.PARENT_TEAM_ID, TEAM.LEAD_ID,
                        LEAD.GIVEN_NAME, LEAD.FAMILY_NAME, TEAM.VERSION, people)
                .from(TEAM)
                .leftJoin(LEAD).on(LEAD.TENANT_ID.eq(TEAM.TENANT_ID).and(LEAD.ID.eq(TEAM.LEAD_ID)))
                .leftJoin(EMPLOYEE).on(EMPLOYEE.TENANT_ID.eq(TEAM.TENANT_ID)
                        .and(EMPLOYEE.TEAM_ID.eq(TEAM.ID)).and(EMPLOYEE.STATUS.eq("ACTIVE")))
                .groupBy(TEAM.ID, TEAM.NAME, TEAM.DEPARTMENT_ID, TEAM.PARENT_TEAM_ID, TEAM.LEAD_ID,
                        LEAD.GIVEN_NAME, LEAD.FAMILY_NAME, TEAM.VERSION)
                .orderBy(TEAM.NAME)
                .fetch(r -> new Team(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : r.value6() + " " + r.value7(), r.value8(), r.value9()));
    }

    Optional<Team> team(UUID id) {
        return teams().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    Optional<UUID> teamDepartment(UUID teamId) {
        return db.select(TEAM.DEPARTMENT_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOptional(TEAM.DEPARTMENT_ID);
    }

    List<UUID> teamIdsAbove(UUID teamId) {
        var chain = DSL.name("chain");
        var id = DSL.field(DSL.name("chain", "id"), UUID.class);
        var depth = DSL.field(DSL.name("chain", "depth"), Integer.class);
        return db.withRecursive(chain.fields("id", "depth").as(
                        DSL.select(TEAM.PARENT_TEAM_ID, DSL.inline(1)).from(TEAM).where(TEAM.ID.eq(teamId))
                                .unionAll(DSL.select(TEAM.PARENT_TEAM_ID, depth.plus(1))
                                        .from(TEAM).join(chain).on(TEAM.ID.eq(id))
                                        .where(depth.lt(1000)))))
                .select(id).from(chain).where(id.isNotNull()).orderBy(depth).fetch(id);
    }

    boolean teamNameTaken(UUID departmentId, String name, UUID except) {
        return db.fetchExists(TEAM, TEAM.DEPARTMENT_ID.eq(departmentId).and(DSL.lower(TEAM.NAME).eq(name.toLowerCase()))
                .and(except == null ? DSL.trueCondition() : TEAM.ID.ne(except)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertTeam(String name, UUID departmentId, UUID parentTeamId, UUID leadId) {
        UUID id = UUID.randomUUID();
        db.insertInto(TEAM).set(TEAM.ID, id).set(TEAM.NAME, name)
                .set(TEAM.DEPARTMENT_ID, departmentId).set(TEAM.PARENT_TEAM_ID, parentTeamId).set(TEAM.LEAD_ID, leadId)
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int updateTeam(UUID id, String name, UUID departmentId, UUID parentTeamId, UUID leadId, long expectedVersion) {
        return db.update(TEAM).set(TEAM.NAME, name).set(TEAM.DEPARTMENT_ID, departmentId)
                .set(TEAM.PARENT_TEAM_ID, parentTeamId).set(TEAM.LEAD_ID, leadId)
                .set(TEAM.VERSION, TEAM.VERSION.plus(1))
                .where(TEAM.ID.eq(id)).and(TEAM.VERSION.eq(expectedVersion)).execute();
    }

    /** Moving a team to another department takes its members' department along. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moveTeamMembers(UUID teamId, UUID departmentId) {
        db.update(EMPLOYEE).set(EMPLOYEE.DEPARTMENT_ID, departmentId).set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.TEAM_ID.eq(teamId)).and(EMPLOYEE.DEPARTMENT_ID.ne(departmentId)
                        .or(EMPLOYEE.DEPARTMENT_ID.isNull())).execute();
    }

    Optional<String> teamInUse(UUID id) {
        if (db.fetchExists(EMPLOYEE, EMPLOYEE.TEAM_ID.eq(id))) {
            return Optional.of("people-admin.team.delete.has-people");
        }
        if (db.fetchExists(TEAM, TEAM.PARENT_TEAM_ID.eq(id))) {
            return Optional.of("people-admin.team.delete.has-teams");
        }
        return Optional.empty();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteTeam(UUID id, long expectedVersion) {
        return db.deleteFrom(TEAM).where(TEAM.ID.eq(id)).and(TEAM.VERSION.eq(expectedVersion)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<UUID> clearTeamLead(UUID personId) {
        return db.update(TEAM).setNull(TEAM.LEAD_ID).set(TEAM.VERSION, TEAM.VERSION.plus(1))
                .where(TEAM.LEAD_ID.eq(personId)).returning(TEAM.ID).fetch(TEAM.ID);
    }

    // ---------------------------------------------------------------- job families and levels

    List<JobFamily> jobFamilies() {
        Map<UUID, JobFamily> families = new LinkedHashMap<>();
        db.select(JOB_FAMILY.ID, JOB_FAMILY.NAME, JOB_FAMILY.VERSION).from(JOB_FAMILY).orderBy(JOB_FAMILY.NAME)
                .forEach(r -> families.put(r.value1(), new JobFamily(r.value1(), r.value2(), r.value3(),
                        new java.util.ArrayList<>())));
        db.select(JOB_LEVEL.JOB_FAMILY_ID, JOB_LEVEL.ID, JOB_LEVEL.RANK, JOB_LEVEL.NAME).from(JOB_LEVEL)
                .orderBy(JOB_LEVEL.JOB_FAMILY_ID, JOB_LEVEL.RANK)
                .forEach(r -> {
                    JobFamily family = families.get(r.value1());
                    if (family != null) {
                        family.levels().add(new JobFamily.JobLevel(r.value2(), r.value3(), r.value4()));
                    }
                });
        return families.values().stream()
                .map(f -> new JobFamily(f.id(), f.name(), f.version(), List.copyOf(f.levels()))).toList();
    }

    Optional<JobFamily> jobFamily(UUID id) {
        return jobFamilies().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    boolean levelBelongsToFamily(UUID levelId, UUID familyId) {
        return db.fetchExists(JOB_LEVEL, JOB_LEVEL.ID.eq(levelId).and(JOB_LEVEL.JOB_FAMILY_ID.eq(familyId)));
    }

    boolean familyNameTaken(String name, UUID except) {
        return db.fetchExists(JOB_FAMILY, DSL.lower(JOB_FAMILY.NAME).eq(name.toLowerCase())
                .and(except == null ? DSL.trueCondition() : JOB_FAMILY.ID.ne(except)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertJobFamily(String name) {
        UUID id = UUID.randomUUID();
        db.insertInto(JOB_FAMILY).set(JOB_FAMILY.ID, id)
                .set(JOB_FAMILY.NAME, name).execute();
        return id;
    }

    /**
     * Replaces a family's name and ladder. Levels keep their ids where the caller kept them (people on
     * them stay on them); removed levels must be unused. Ranks follow the list order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int updateJobFamily(UUID familyId, String name, List<JobFamily.JobLevel> ladder, long expectedVersion) {
        int changed = db.update(JOB_FAMILY).set(JOB_FAMILY.NAME, name).set(JOB_FAMILY.VERSION, JOB_FAMILY.VERSION.plus(1))
                .where(JOB_FAMILY.ID.eq(familyId)).and(JOB_FAMILY.VERSION.eq(expectedVersion)).execute();
        if (changed == 0) {
            return 0;
        }
        List<UUID> kept = ladder.stream().map(JobFamily.JobLevel::id).filter(java.util.Objects::nonNull).toList();
        db.deleteFrom(JOB_LEVEL).where(JOB_LEVEL.JOB_FAMILY_ID.eq(familyId))
                .and(kept.isEmpty() ? DSL.trueCondition() : JOB_LEVEL.ID.notIn(kept)).execute();
        // Names are unique per family: park the kept ones under temporary names, then write the ladder.
        if (!kept.isEmpty()) {
            db.update(JOB_LEVEL).set(JOB_LEVEL.NAME, DSL.concat(DSL.inline("~moving~"), JOB_LEVEL.ID.cast(String.class)))
                    .where(JOB_LEVEL.ID.in(kept)).execute();
        }
        int rank = 1;
        for (JobFamily.JobLevel level : ladder) {
            if (level.id() == null) {
                db.insertInto(JOB_LEVEL).set(JOB_LEVEL.ID, UUID.randomUUID())
                        .set(JOB_LEVEL.JOB_FAMILY_ID, familyId).set(JOB_LEVEL.RANK, rank).set(JOB_LEVEL.NAME, level.name())
                        .execute();
            } else {
                db.update(JOB_LEVEL).set(JOB_LEVEL.RANK, rank).set(JOB_LEVEL.NAME, level.name())
                        .set(JOB_LEVEL.VERSION, JOB_LEVEL.VERSION.plus(1))
                        .where(JOB_LEVEL.ID.eq(level.id())).and(JOB_LEVEL.JOB_FAMILY_ID.eq(familyId)).execute();
            }
            rank++;
        }
        return changed;
    }

    boolean levelsInUse(UUID familyId, List<UUID> keptLevelIds) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.JOB_FAMILY_ID.eq(familyId).and(EMPLOYEE.JOB_LEVEL_ID.isNotNull())
                .and(keptLevelIds.isEmpty() ? DSL.trueCondition() : EMPLOYEE.JOB_LEVEL_ID.notIn(keptLevelIds)));
    }

    boolean familyInUse(UUID familyId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.JOB_FAMILY_ID.eq(familyId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteJobFamily(UUID familyId, long expectedVersion) {
        return db.deleteFrom(JOB_FAMILY).where(JOB_FAMILY.ID.eq(familyId)).and(JOB_FAMILY.VERSION.eq(expectedVersion))
                .execute();
    }
}
