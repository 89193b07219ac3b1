package io.kadens.goals;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.GOAL;
import static io.kadens.db.Tables.GOAL_COMMENT;
import static io.kadens.db.Tables.GOAL_CONTRIBUTOR;
import static io.kadens.db.Tables.GOAL_CYCLE;
import static io.kadens.db.Tables.TEAM;
import static io.kadens.db.Tables.USER_ROLE;

import io.kadens.db.tables.Employee;
import io.kadens.tenants.BoundTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to goals; row-level security confines every query to the bound tenant. */
@Repository
class GoalRepository {

    private final DSLContext db;

    GoalRepository(DSLContext db) {
        this.db = db;
    }

    UUID boundTenant() {
        return db.connectionResult(BoundTenant::require).value();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    // ------------------------------------------------------------------ people and organisation facts

    /** What visibility and policy need to know about a person. */
    record PersonFacts(UUID id, boolean active, UUID managerId, UUID departmentId, UUID teamId, boolean hrAdmin,
                       boolean hasReports) {
    }

    Optional<PersonFacts> person(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Employee report = EMPLOYEE.as("report");
        return db.select(EMPLOYEE.ID, EMPLOYEE.STATUS, EMPLOYEE.MANAGER_ID, EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.TEAM_ID,
                        DSL.field(DSL.exists(DSL.selectOne().from(USER_ROLE).where(USER_ROLE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                                .and(USER_ROLE.ROLE.eq("HR_ADMIN")))),
                        DSL.field(DSL.exists(DSL.selectOne().from(report).where(report.MANAGER_ID.eq(EMPLOYEE.ID))
                                .and(report.STATUS.eq("ACTIVE")))))
                .from(EMPLOYEE).where(EMPLOYEE.ID.eq(id))
                .fetchOptional(row -> new PersonFacts(row.value1(), "ACTIVE".equals(row.value2()), row.value3(),
                        row.value4(), row.value5(), Boolean.TRUE.equals(row.value6()), Boolean.TRUE.equals(row.value7())));
    }

    /** Everyone below a person in the reporting line, at any depth. */
    Set<UUID> everyoneBelow(UUID managerId) {
        return new HashSet<>(db.fetch("""
                WITH RECURSIVE below(id, depth) AS (
                    SELECT e.id, 1 FROM employee e WHERE e.manager_id = ?
                    UNION ALL
                    SELECT e.id, below.depth + 1 FROM employee e JOIN below ON e.manager_id = below.id
                    WHERE below.depth < 1000
                )
                SELECT DISTINCT id FROM below""", managerId).getValues(0, UUID.class));
    }

    /** The managers above a person, nearest first. */
    List<UUID> managersAbove(UUID personId) {
        return db.fetch("""
                WITH RECURSIVE above(id, depth) AS (
                    SELECT e.manager_id, 1 FROM employee e WHERE e.id = ? AND e.manager_id IS NOT NULL
                    UNION ALL
                    SELECT e.manager_id, above.depth + 1 FROM employee e JOIN above ON e.id = above.id
                    WHERE e.manager_id IS NOT NULL AND above.depth < 1000
                )
                SELECT id FROM above ORDER BY depth""", personId).getValues(0, UUID.class);
    }

    /**
     * Heads of departments: active members whose manager is outside the department (or who have none)
     * and who manage at least one person.
     */
    Set<UUID> departmentsHeadedBy(UUID personId) {
        return new HashSet<>(db.fetch("""
                SELECT e.department_id FROM employee e
                LEFT JOIN employee m ON m.id = e.manager_id
                WHERE e.id = ? AND e.status = 'ACTIVE' AND e.department_id IS NOT NULL
                  AND (m.id IS NULL OR m.department_id IS DISTINCT FROM e.department_id)
                  AND EXISTS (SELECT 1 FROM employee r WHERE r.manager_id = e.id AND r.status = 'ACTIVE')""",
                personId).getValues(0, UUID.class));
    }

    Set<UUID> teamsLedBy(UUID personId) {
        return new HashSet<>(db.select(TEAM.ID).from(TEAM).where(TEAM.LEAD_ID.eq(personId)).fetch(TEAM.ID));
    }

    Optional<UUID> departmentExists(UUID id) {
        return db.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional(DEPARTMENT.ID);
    }

    /** A team's department, if the team exists. */
    Optional<UUID> teamDepartment(UUID teamId) {
        return db.select(TEAM.DEPARTMENT_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOptional(TEAM.DEPARTMENT_ID);
    }

    Set<UUID> activePeople(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.ID.in(ids))
                .and(EMPLOYEE.STATUS.eq("ACTIVE")).fetch(EMPLOYEE.ID));
    }

    String personName(UUID id) {
        return db.select(EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME).from(EMPLOYEE).where(EMPLOYEE.ID.eq(id))
                .fetchOptional(row -> row.value1() + " " + row.value2()).orElse("");
    }

    /** For the demo seed: a person by name, a team or a department by name. */
    Optional<UUID> personByName(String givenName, String familyName) {
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.GIVEN_NAME.eq(givenName))
                .and(EMPLOYEE.FAMILY_NAME.eq(familyName)).fetchOptional(EMPLOYEE.ID);
    }

    Optional<UUID> teamByName(String name) {
        return db.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(name)).fetchOptional(TEAM.ID);
    }

    Optional<UUID> departmentByName(String name) {
        return db.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.NAME.eq(name)).fetchOptional(DEPARTMENT.ID);
    }

    // ------------------------------------------------------------------ goal rows

    /** A goal as stored, with the names lists need and its effective period. */
    record GoalRow(UUID id, String title, String description, GoalLevel level, UUID departmentId,
                   String departmentName, UUID teamId, String teamName, UUID ownerId, String ownerName, UUID parentId,
                   GoalVisibility visibility, UUID cycleId, String cycleName, boolean cycleClosed,
                   LocalDate customStart, LocalDate customEnd, LocalDate startsOn, LocalDate endsOn, BigDecimal weight,
                   GoalKind kind, GoalStatus status, ApprovalState approval, String approvalComment,
                   BigDecimal manualProgress, Health override, String overrideReason, UUID overrideBy,
                   String overrideByName, Instant overrideAt, UUID createdBy, Instant createdAt, Instant updatedAt,
                   long version) {
    }

    private static final Employee OWNER = EMPLOYEE.as("owner");
    private static final Employee OVERRIDER = EMPLOYEE.as("overrider");

    private org.jooq.SelectOnConditionStep<Record> goalSelect() {
        List<org.jooq.SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(GOAL.asterisk()));
        fields.addAll(List.of(DEPARTMENT.NAME, TEAM.NAME, OWNER.GIVEN_NAME, OWNER.FAMILY_NAME, GOAL_CYCLE.NAME,
                GOAL_CYCLE.CLOSED, GOAL_CYCLE.STARTS_ON, GOAL_CYCLE.ENDS_ON, OVERRIDER.GIVEN_NAME,
                OVERRIDER.FAMILY_NAME));
        return db.select(fields).from(GOAL)
                .join(OWNER).on(OWNER.ID.eq(GOAL.OWNER_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(GOAL.DEPARTMENT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(GOAL.TEAM_ID))
                .leftJoin(GOAL_CYCLE).on(GOAL_CYCLE.ID.eq(GOAL.CYCLE_ID))
                .leftJoin(OVERRIDER).on(OVERRIDER.ID.eq(GOAL.HEALTH_OVERRIDE_BY));
    }

    private static GoalRow toRow(Record row) {
        boolean inCycle = row.get(GOAL.CYCLE_ID) != null;
        String overrider = row.get(OVERRIDER.GIVEN_NAME) == null ? null
                : row.get(OVERRIDER.GIVEN_NAME) + " " + row.get(OVERRIDER.FAMILY_NAME);
        String override = row.get(GOAL.HEALTH_OVERRIDE);
        return new GoalRow(row.get(GOAL.ID), row.get(GOAL.TITLE), row.get(GOAL.DESCRIPTION),
                GoalLevel.valueOf(row.get(GOAL.LEVEL)), row.get(GOAL.DEPARTMENT_ID), row.get(DEPARTMENT.NAME),
                row.get(GOAL.TEAM_ID), row.get(TEAM.NAME), row.get(GOAL.OWNER_ID),
                row.get(OWNER.GIVEN_NAME) + " " + row.get(OWNER.FAMILY_NAME), row.get(GOAL.PARENT_ID),
                GoalVisibility.valueOf(row.get(GOAL.VISIBILITY)), row.get(GOAL.CYCLE_ID), row.get(GOAL_CYCLE.NAME),
                inCycle && Boolean.TRUE.equals(row.get(GOAL_CYCLE.CLOSED)), row.get(GOAL.STARTS_ON),
                row.get(GOAL.ENDS_ON), inCycle ? row.get(GOAL_CYCLE.STARTS_ON) : row.get(GOAL.STARTS_ON),
                inCycle ? row.get(GOAL_CYCLE.ENDS_ON) : row.get(GOAL.ENDS_ON), row.get(GOAL.WEIGHT),
                GoalKind.valueOf(row.get(GOAL.KIND)), GoalStatus.valueOf(row.get(GOAL.STATUS)),
                ApprovalState.valueOf(row.get(GOAL.APPROVAL)), row.get(GOAL.APPROVAL_COMMENT),
                row.get(GOAL.MANUAL_PROGRESS), override == null ? null : Health.valueOf(override),
                row.get(GOAL.HEALTH_OVERRIDE_REASON), row.get(GOAL.HEALTH_OVERRIDE_BY), overrider,
                instant(row.get(GOAL.HEALTH_OVERRIDE_AT)), row.get(GOAL.CREATED_BY), instant(row.get(GOAL.CREATED_AT)),
                instant(row.get(GOAL.UPDATED_AT)), row.get(GOAL.VERSION));
    }

    Optional<GoalRow> goal(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return goalSelect().where(GOAL.ID.eq(id)).fetchOptional(GoalRepository::toRow);
    }

    /** Locks the goal row for the rest of the transaction (check-ins and key results change its progress). */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockGoal(UUID id) {
        db.select(GOAL.ID).from(GOAL).where(GOAL.ID.eq(id)).forUpdate().execute();
    }

    List<GoalRow> goals(Condition where) {
        return goalSelect().where(where).orderBy(GOAL.TITLE, GOAL.ID).fetch(GoalRepository::toRow);
    }

    List<GoalRow> allGoals() {
        return goals(DSL.trueCondition());
    }

    /** Contributors per goal, for the given goals (all when null). */
    Map<UUID, Set<UUID>> contributors(Collection<UUID> goalIds) {
        Condition where = goalIds == null ? DSL.trueCondition() : GOAL_CONTRIBUTOR.GOAL_ID.in(goalIds);
        Map<UUID, Set<UUID>> result = new HashMap<>();
        db.select(GOAL_CONTRIBUTOR.GOAL_ID, GOAL_CONTRIBUTOR.EMPLOYEE_ID).from(GOAL_CONTRIBUTOR).where(where)
                .forEach(row -> result.computeIfAbsent(row.value1(), k -> new HashSet<>()).add(row.value2()));
        return result;
    }

    List<PersonRef> contributorRefs(UUID goalId) {
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME).from(GOAL_CONTRIBUTOR)
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(GOAL_CONTRIBUTOR.EMPLOYEE_ID))
                .where(GOAL_CONTRIBUTOR.GOAL_ID.eq(goalId))
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .fetch(row -> new PersonRef(row.value1(), row.value2() + " " + row.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertGoal(UUID id, GoalData data, UUID departmentId, UUID teamId, UUID ownerId, UUID createdBy,
                    ApprovalState approval, Instant now) {
        db.insertInto(GOAL)
                .set(GOAL.TENANT_ID, boundTenant())
                .set(GOAL.ID, id)
                .set(editableFields(data, departmentId, teamId, ownerId))
                .set(GOAL.APPROVAL, approval.name())
                .set(GOAL.CREATED_BY, createdBy)
                .set(GOAL.CREATED_AT, at(now))
                .set(GOAL.UPDATED_AT, at(now))
                .execute();
        replaceContributors(id, data.contributorIds(), ownerId);
    }

    /** What creating and editing a goal both write; a period is a cycle or custom dates, never both. */
    private static Map<org.jooq.Field<?>, Object> editableFields(GoalData data, UUID departmentId, UUID teamId,
                                                                  UUID ownerId) {
        Map<org.jooq.Field<?>, Object> fields = new java.util.LinkedHashMap<>();
        fields.put(GOAL.TITLE, data.title().strip());
        fields.put(GOAL.DESCRIPTION, data.description().strip());
        fields.put(GOAL.LEVEL, data.level().name());
        fields.put(GOAL.DEPARTMENT_ID, departmentId);
        fields.put(GOAL.TEAM_ID, teamId);
        fields.put(GOAL.OWNER_ID, ownerId);
        fields.put(GOAL.PARENT_ID, data.parentId());
        fields.put(GOAL.VISIBILITY, data.visibility().name());
        fields.put(GOAL.CYCLE_ID, data.cycleId());
        fields.put(GOAL.STARTS_ON, data.cycleId() == null ? data.startsOn() : null);
        fields.put(GOAL.ENDS_ON, data.cycleId() == null ? data.endsOn() : null);
        fields.put(GOAL.WEIGHT, data.weight() == null ? BigDecimal.ONE : data.weight());
        fields.put(GOAL.KIND, data.kind().name());
        return fields;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateGoal(UUID id, long expectedVersion, GoalData data, UUID departmentId, UUID teamId, UUID ownerId,
                       Instant now) {
        int updated = db.update(GOAL)
                .set(editableFields(data, departmentId, teamId, ownerId))
                .set(GOAL.UPDATED_AT, at(now))
                .set(GOAL.VERSION, expectedVersion + 1)
                .where(GOAL.ID.eq(id)).and(GOAL.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 1) {
            replaceContributors(id, data.contributorIds(), ownerId);
        }
        return updated == 1;
    }

    private void replaceContributors(UUID goalId, Set<UUID> contributors, UUID ownerId) {
        db.deleteFrom(GOAL_CONTRIBUTOR).where(GOAL_CONTRIBUTOR.GOAL_ID.eq(goalId)).execute();
        UUID tenant = boundTenant();
        for (UUID contributor : contributors) {
            if (!contributor.equals(ownerId)) {
                db.insertInto(GOAL_CONTRIBUTOR).set(GOAL_CONTRIBUTOR.TENANT_ID, tenant)
                        .set(GOAL_CONTRIBUTOR.GOAL_ID, goalId).set(GOAL_CONTRIBUTOR.EMPLOYEE_ID, contributor)
                        .execute();
            }
        }
    }

    /** A decision on a goal's approval: who, when, with which comment, and the status it leads to. */
    record ApprovalDecision(ApprovalState approval, GoalStatus status, String comment, UUID by, Instant at) {
    }

    /** An override of the computed health; null in {@link #setHealthOverride} removes the override. */
    record HealthOverrideStamp(Health health, String reason, UUID by, Instant at) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setStatus(UUID id, long expectedVersion, GoalStatus status, Instant now) {
        return updateVersioned(id, expectedVersion, Map.<Field<?>, Object>of(GOAL.STATUS, status.name()), now);
    }

    /** DRAFT → ACTIVE by an approver: activating counts as approving (an earlier comment stays). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean activateApproved(UUID id, long expectedVersion, UUID approvedBy, Instant now) {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        changes.put(GOAL.STATUS, GoalStatus.ACTIVE.name());
        changes.put(GOAL.APPROVAL, ApprovalState.APPROVED.name());
        changes.put(GOAL.APPROVAL_BY, approvedBy);
        changes.put(GOAL.APPROVAL_AT, at(now));
        return updateVersioned(id, expectedVersion, changes, now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean submitForApproval(UUID id, long expectedVersion, Instant now) {
        return updateVersioned(id, expectedVersion, Map.<Field<?>, Object>of(GOAL.APPROVAL, ApprovalState.PENDING.name()), now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean recordDecision(UUID id, long expectedVersion, ApprovalDecision decision, Instant now) {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        changes.put(GOAL.APPROVAL, decision.approval().name());
        changes.put(GOAL.STATUS, decision.status().name());
        changes.put(GOAL.APPROVAL_COMMENT, decision.comment());
        changes.put(GOAL.APPROVAL_BY, decision.by());
        changes.put(GOAL.APPROVAL_AT, at(decision.at()));
        return updateVersioned(id, expectedVersion, changes, now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setHealthOverride(UUID id, long expectedVersion, HealthOverrideStamp override, Instant now) {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        changes.put(GOAL.HEALTH_OVERRIDE, override == null ? null : override.health().name());
        changes.put(GOAL.HEALTH_OVERRIDE_REASON, override == null ? null : override.reason());
        changes.put(GOAL.HEALTH_OVERRIDE_BY, override == null ? null : override.by());
        changes.put(GOAL.HEALTH_OVERRIDE_AT, override == null ? null : at(override.at()));
        return updateVersioned(id, expectedVersion, changes, now);
    }

    /** Sets columns of a goal if its version is still the expected one; bumps version and updated_at. */
    private boolean updateVersioned(UUID id, long expectedVersion, Map<Field<?>, Object> changes, Instant now) {
        Map<Field<?>, Object> all = new LinkedHashMap<>(changes);
        all.put(GOAL.UPDATED_AT, at(now));
        all.put(GOAL.VERSION, expectedVersion + 1);
        return db.update(GOAL).set(all).where(GOAL.ID.eq(id)).and(GOAL.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Marks the goal as updated now (a key result changed, a check-in) without touching its version. */
    @Transactional(propagation = Propagation.MANDATORY)
    void touchGoal(UUID id, Instant now) {
        db.update(GOAL).set(GOAL.UPDATED_AT, at(now)).where(GOAL.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setManualProgress(UUID id, BigDecimal progress, Instant now) {
        db.update(GOAL).set(GOAL.MANUAL_PROGRESS, progress).set(GOAL.UPDATED_AT, at(now)).where(GOAL.ID.eq(id))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteGoal(UUID id, long expectedVersion) {
        return db.deleteFrom(GOAL).where(GOAL.ID.eq(id)).and(GOAL.VERSION.eq(expectedVersion)).execute() == 1;
    }

    boolean hasChildren(UUID id) {
        return db.fetchExists(DSL.selectOne().from(GOAL).where(GOAL.PARENT_ID.eq(id)));
    }

    // ------------------------------------------------------------------ comments

    @Transactional(propagation = Propagation.MANDATORY)
    void insertComment(UUID id, UUID goalId, UUID authorId, String body, Instant now) {
        db.insertInto(GOAL_COMMENT).set(GOAL_COMMENT.TENANT_ID, boundTenant()).set(GOAL_COMMENT.ID, id)
                .set(GOAL_COMMENT.GOAL_ID, goalId).set(GOAL_COMMENT.AUTHOR_ID, authorId).set(GOAL_COMMENT.BODY, body)
                .set(GOAL_COMMENT.CREATED_AT, at(now)).execute();
    }

    List<GoalComment> comments(UUID goalId) {
        return db.select(GOAL_COMMENT.ID, GOAL_COMMENT.GOAL_ID, EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME,
                        EMPLOYEE.FAMILY_NAME, GOAL_COMMENT.BODY, GOAL_COMMENT.CREATED_AT)
                .from(GOAL_COMMENT).join(EMPLOYEE).on(EMPLOYEE.ID.eq(GOAL_COMMENT.AUTHOR_ID))
                .where(GOAL_COMMENT.GOAL_ID.eq(goalId))
                .orderBy(GOAL_COMMENT.CREATED_AT, GOAL_COMMENT.ID)
                .fetch(row -> new GoalComment(row.value1(), row.value2(),
                        new PersonRef(row.value3(), row.value4() + " " + row.value5()), row.value6(),
                        instant(row.value7())));
    }

}
