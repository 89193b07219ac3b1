package io.kadens.goals;

import static io.kadens.db.Tables.GOAL;
import static io.kadens.db.Tables.GOAL_COMMENT;
import static io.kadens.db.Tables.GOAL_CONTRIBUTOR;
import static io.kadens.db.Tables.GOAL_CYCLE;

import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrgTeam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

/**
 * jOOQ access to goals, their contributors and discussion; row-level security confines every query to the
 * bound tenant. Names of people, departments and teams come from {@code people}'s {@link OrgFacts}.
 */
@Repository
class GoalRepository {

    private final DSLContext db;
    private final OrgFacts orgFacts;

    GoalRepository(DSLContext db, OrgFacts orgFacts) {
        this.db = db;
        this.orgFacts = orgFacts;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
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

    private org.jooq.SelectOnConditionStep<Record> goalSelect() {
        List<org.jooq.SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(GOAL.asterisk()));
        fields.addAll(List.of(GOAL_CYCLE.NAME, GOAL_CYCLE.CLOSED, GOAL_CYCLE.STARTS_ON, GOAL_CYCLE.ENDS_ON));
        return db.select(fields).from(GOAL).leftJoin(GOAL_CYCLE).on(GOAL_CYCLE.ID.eq(GOAL.CYCLE_ID));
    }

    /** Goal rows with the names of their people, department and team from {@code people}, looked up once for all. */
    private List<GoalRow> toRows(List<Record> records) {
        Set<UUID> people = new HashSet<>();
        Set<UUID> departments = new HashSet<>();
        Set<UUID> teams = new HashSet<>();
        for (Record row : records) {
            people.add(row.get(GOAL.OWNER_ID));
            people.add(row.get(GOAL.HEALTH_OVERRIDE_BY));
            departments.add(row.get(GOAL.DEPARTMENT_ID));
            teams.add(row.get(GOAL.TEAM_ID));
        }
        Names names = new Names(orgFacts.names(people), orgFacts.departments(departments), orgFacts.teams(teams));
        return records.stream().map(row -> toRow(row, names)).toList();
    }

    private record Names(Map<UUID, String> people, Map<UUID, OrgDepartment> departments, Map<UUID, OrgTeam> teams) {

        String person(UUID id) {
            return id == null ? null : people.get(id);
        }

        String department(UUID id) {
            return id == null || !departments.containsKey(id) ? null : departments.get(id).name();
        }

        String team(UUID id) {
            return id == null || !teams.containsKey(id) ? null : teams.get(id).name();
        }
    }

    private static GoalRow toRow(Record row, Names names) {
        boolean inCycle = row.get(GOAL.CYCLE_ID) != null;
        String override = row.get(GOAL.HEALTH_OVERRIDE);
        return new GoalRow(row.get(GOAL.ID), row.get(GOAL.TITLE), row.get(GOAL.DESCRIPTION),
                GoalLevel.valueOf(row.get(GOAL.LEVEL)), row.get(GOAL.DEPARTMENT_ID),
                names.department(row.get(GOAL.DEPARTMENT_ID)), row.get(GOAL.TEAM_ID), names.team(row.get(GOAL.TEAM_ID)),
                row.get(GOAL.OWNER_ID), names.person(row.get(GOAL.OWNER_ID)), row.get(GOAL.PARENT_ID),
                GoalVisibility.valueOf(row.get(GOAL.VISIBILITY)), row.get(GOAL.CYCLE_ID), row.get(GOAL_CYCLE.NAME),
                inCycle && Boolean.TRUE.equals(row.get(GOAL_CYCLE.CLOSED)), row.get(GOAL.STARTS_ON),
                row.get(GOAL.ENDS_ON), inCycle ? row.get(GOAL_CYCLE.STARTS_ON) : row.get(GOAL.STARTS_ON),
                inCycle ? row.get(GOAL_CYCLE.ENDS_ON) : row.get(GOAL.ENDS_ON), row.get(GOAL.WEIGHT),
                GoalKind.valueOf(row.get(GOAL.KIND)), GoalStatus.valueOf(row.get(GOAL.STATUS)),
                ApprovalState.valueOf(row.get(GOAL.APPROVAL)), row.get(GOAL.APPROVAL_COMMENT),
                row.get(GOAL.MANUAL_PROGRESS), override == null ? null : Health.valueOf(override),
                row.get(GOAL.HEALTH_OVERRIDE_REASON), row.get(GOAL.HEALTH_OVERRIDE_BY),
                names.person(row.get(GOAL.HEALTH_OVERRIDE_BY)), instant(row.get(GOAL.HEALTH_OVERRIDE_AT)),
                row.get(GOAL.CREATED_BY), instant(row.get(GOAL.CREATED_AT)), instant(row.get(GOAL.UPDATED_AT)),
                row.get(GOAL.VERSION));
    }

    Optional<GoalRow> goal(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return goalSelect().where(GOAL.ID.eq(id)).fetchOptional().map(row -> toRows(List.of(row)).getFirst());
    }

    /** Locks the goal row for the rest of the transaction (check-ins and key results change its progress). */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockGoal(UUID id) {
        db.select(GOAL.ID).from(GOAL).where(GOAL.ID.eq(id)).forUpdate().execute();
    }

    List<GoalRow> goals(Condition where) {
        return toRows(goalSelect().where(where).orderBy(GOAL.TITLE, GOAL.ID).fetch());
    }

    List<GoalRow> allGoals() {
        return goals(DSL.trueCondition());
    }

    /** These goals, in the order of {@link #allGoals()}. */
    List<GoalRow> goals(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : goals(GOAL.ID.in(ids));
    }

    /** The goals this person owns or contributes to. */
    Set<UUID> goalsOf(UUID personId) {
        return new HashSet<>(db.select(GOAL.ID).from(GOAL).where(GOAL.OWNER_ID.eq(personId))
                .union(DSL.select(GOAL_CONTRIBUTOR.GOAL_ID).from(GOAL_CONTRIBUTOR)
                        .where(GOAL_CONTRIBUTOR.EMPLOYEE_ID.eq(personId)))
                .fetch(0, UUID.class));
    }

    /** The goals owned by these people, and the TEAM-level goals of these teams (the roots of "team goals"). */
    Set<UUID> goalsOfTeam(Collection<UUID> owners, Collection<UUID> teams) {
        if (owners.isEmpty() && teams.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(GOAL.ID).from(GOAL)
                .where(GOAL.OWNER_ID.eq(DSL.any(owners.toArray(UUID[]::new))))
                .or(GOAL.TEAM_ID.eq(DSL.any(teams.toArray(UUID[]::new))).and(GOAL.LEVEL.eq(GoalLevel.TEAM.name())))
                .fetch(GOAL.ID));
    }

    /** These goals and every goal aligned below them, at any depth (one statement, along goal_parent_idx). */
    Set<UUID> withDescendants(Collection<UUID> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.resultQuery("""
                WITH RECURSIVE subtree(id) AS (
                    SELECT g.id FROM goal g WHERE g.id = ANY({0})
                    UNION
                    SELECT g.id FROM goal g JOIN subtree ON g.parent_id = subtree.id
                )
                SELECT id FROM subtree""", DSL.val(roots.toArray(UUID[]::new)))
                .fetch(row -> row.get(0, UUID.class)));
    }

    /** Contributors per goal, for the given goals (all when null). */
    Map<UUID, Set<UUID>> contributors(Collection<UUID> goalIds) {
        Condition where = goalIds == null ? DSL.trueCondition() : GOAL_CONTRIBUTOR.GOAL_ID.in(goalIds);
        Map<UUID, Set<UUID>> result = new HashMap<>();
        db.select(GOAL_CONTRIBUTOR.GOAL_ID, GOAL_CONTRIBUTOR.EMPLOYEE_ID).from(GOAL_CONTRIBUTOR).where(where)
                .forEach(row -> result.computeIfAbsent(row.value1(), k -> new HashSet<>()).add(row.value2()));
        return result;
    }

    /** The goal's contributors with their names, by family name then given name. */
    List<PersonRef> contributorRefs(UUID goalId) {
        List<UUID> ids = db.select(GOAL_CONTRIBUTOR.EMPLOYEE_ID).from(GOAL_CONTRIBUTOR)
                .where(GOAL_CONTRIBUTOR.GOAL_ID.eq(goalId)).fetch(GOAL_CONTRIBUTOR.EMPLOYEE_ID);
        return orgFacts.people(ids).values().stream()
                .sorted(Comparator.comparing(OrgPerson::familyName).thenComparing(OrgPerson::givenName))
                .map(person -> new PersonRef(person.id(), person.fullName())).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertGoal(UUID id, GoalData data, UUID departmentId, UUID teamId, UUID ownerId, UUID createdBy,
                    ApprovalState approval, Instant now) {
        db.insertInto(GOAL)
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
        for (UUID contributor : contributors) {
            if (!contributor.equals(ownerId)) {
                db.insertInto(GOAL_CONTRIBUTOR)
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
        db.insertInto(GOAL_COMMENT).set(GOAL_COMMENT.ID, id)
                .set(GOAL_COMMENT.GOAL_ID, goalId).set(GOAL_COMMENT.AUTHOR_ID, authorId).set(GOAL_COMMENT.BODY, body)
                .set(GOAL_COMMENT.CREATED_AT, at(now)).execute();
    }

    List<GoalComment> comments(UUID goalId) {
        var rows = db.select(GOAL_COMMENT.ID, GOAL_COMMENT.GOAL_ID, GOAL_COMMENT.AUTHOR_ID, GOAL_COMMENT.BODY,
                        GOAL_COMMENT.CREATED_AT)
                .from(GOAL_COMMENT).where(GOAL_COMMENT.GOAL_ID.eq(goalId))
                .orderBy(GOAL_COMMENT.CREATED_AT, GOAL_COMMENT.ID).fetch();
        Map<UUID, String> authors = orgFacts.names(rows.getValues(GOAL_COMMENT.AUTHOR_ID));
        return rows.map(row -> new GoalComment(row.value1(), row.value2(),
                new PersonRef(row.value3(), authors.get(row.value3())), row.value4(), instant(row.value5())));
    }
}
