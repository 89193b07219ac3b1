package io.kadens.people;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.TEAM;
import static io.kadens.db.Tables.USER_ROLE;

import io.kadens.db.tables.Employee;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The read queries behind {@link OrgFacts}. Every look-up of several ids is one statement; the
 * recursive reporting-line walks stay in {@link PeopleRepository}, so there is one copy of each.
 */
@Repository
class OrgFactsRepository {

    private static final Condition ACTIVE = EMPLOYEE.STATUS.eq(PersonStatus.ACTIVE.name());
    private static final String HR_ADMIN = "HR_ADMIN";

    private final DSLContext db;

    OrgFactsRepository(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- people

    private static OrgPerson toPerson(Record row) {
        return new OrgPerson(row.get(EMPLOYEE.ID), row.get(EMPLOYEE.GIVEN_NAME), row.get(EMPLOYEE.FAMILY_NAME),
                row.get(EMPLOYEE.EMAIL), PersonStatus.valueOf(row.get(EMPLOYEE.STATUS)), row.get(EMPLOYEE.MANAGER_ID),
                row.get(EMPLOYEE.DEPARTMENT_ID), row.get(EMPLOYEE.TEAM_ID), row.get(EMPLOYEE.PREFERRED_LOCALE));
    }

    private List<OrgPerson> people(Condition condition) {
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL, EMPLOYEE.STATUS,
                        EMPLOYEE.MANAGER_ID, EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.TEAM_ID, EMPLOYEE.PREFERRED_LOCALE)
                .from(EMPLOYEE).where(condition)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME, EMPLOYEE.ID)
                .fetch(OrgFactsRepository::toPerson);
    }

    /** The people with these ids, in name order (family name, given name). */
    Map<UUID, OrgPerson> people(Set<UUID> ids) {
        Map<UUID, OrgPerson> byId = new LinkedHashMap<>();
        people(EMPLOYEE.ID.in(ids)).forEach(person -> byId.put(person.id(), person));
        return byId;
    }

    /** The job family and level of those of these people who have a family. */
    Map<UUID, JobPosition> jobPositions(Set<UUID> ids) {
        Map<UUID, JobPosition> byId = new LinkedHashMap<>();
        db.select(EMPLOYEE.ID, EMPLOYEE.JOB_FAMILY_ID, EMPLOYEE.JOB_LEVEL_ID).from(EMPLOYEE)
                .where(EMPLOYEE.ID.in(ids)).and(EMPLOYEE.JOB_FAMILY_ID.isNotNull())
                .forEach(row -> byId.put(row.value1(), new JobPosition(row.value2(), row.value3())));
        return byId;
    }

    Optional<OrgPerson> personByEmail(String email) {
        return people(EMPLOYEE.EMAIL.eq(email)).stream().findFirst();
    }

    Optional<OrgPerson> personNamed(String givenName, String familyName) {
        return people(EMPLOYEE.GIVEN_NAME.eq(givenName).and(EMPLOYEE.FAMILY_NAME.eq(familyName))).stream().findFirst();
    }

    /**
     * Active people whose name or email contains every word of the query, not among {@code excluded},
     * in name order; {@code excluded} is bound as one array parameter, however many ids it holds.
     */
    List<OrgPerson> activePeopleMatching(String query, Set<UUID> excluded, int limit) {
        Condition matches = ACTIVE;
        for (String word : query == null ? new String[0] : query.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                matches = matches.and(EMPLOYEE.GIVEN_NAME.likeIgnoreCase(pattern)
                        .or(EMPLOYEE.FAMILY_NAME.likeIgnoreCase(pattern))
                        .or(EMPLOYEE.EMAIL.likeIgnoreCase(pattern)));
            }
        }
        if (!excluded.isEmpty()) {
            matches = matches.and(EMPLOYEE.ID.ne(DSL.all(DSL.val(excluded.toArray(UUID[]::new)))));
        }
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL, EMPLOYEE.STATUS,
                        EMPLOYEE.MANAGER_ID, EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.TEAM_ID, EMPLOYEE.PREFERRED_LOCALE)
                .from(EMPLOYEE).where(matches)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .limit(limit)
                .fetch(OrgFactsRepository::toPerson);
    }

    List<OrgMembership> activeMemberships() {
        return db.select(EMPLOYEE.ID, EMPLOYEE.DEPARTMENT_ID).from(EMPLOYEE).where(ACTIVE)
                .fetch(row -> new OrgMembership(row.value1(), row.value2()));
    }

    // ---------------------------------------------------------------- reporting line

    List<UUID> activeDirectReports(UUID managerId) {
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.MANAGER_ID.eq(managerId)).and(ACTIVE)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME, EMPLOYEE.ID)
                .fetch(EMPLOYEE.ID);
    }

    boolean managesAnyone(UUID personId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.MANAGER_ID.eq(personId).and(ACTIVE));
    }

    /** Every active person's line to an active manager. */
    List<ReportingLine> activeReportingLines() {
        Employee manager = EMPLOYEE.as("manager");
        return db.select(EMPLOYEE.MANAGER_ID, EMPLOYEE.ID).from(EMPLOYEE)
                .join(manager).on(manager.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(manager.ID.eq(EMPLOYEE.MANAGER_ID)))
                .where(ACTIVE).and(manager.STATUS.eq(PersonStatus.ACTIVE.name()))
                .fetch(row -> new ReportingLine(row.value1(), row.value2()));
    }

    // ---------------------------------------------------------------- roles

    /** Active people with the HR admin role. */
    Set<UUID> activeHrAdmins() {
        return new HashSet<>(db.select(EMPLOYEE.ID).from(EMPLOYEE)
                .join(USER_ROLE).on(USER_ROLE.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(USER_ROLE.EMPLOYEE_ID.eq(EMPLOYEE.ID)))
                .where(USER_ROLE.ROLE.eq(HR_ADMIN)).and(ACTIVE)
                .fetch(EMPLOYEE.ID));
    }

    boolean hasHrAdminRole(UUID personId) {
        return db.fetchExists(USER_ROLE, USER_ROLE.EMPLOYEE_ID.eq(personId).and(USER_ROLE.ROLE.eq(HR_ADMIN)));
    }

    // ---------------------------------------------------------------- departments and teams

    /**
     * Heads of departments as (person, department) pairs: active members of a department whose manager
     * is outside it (or who have none) and who manage at least one active person.
     */
    List<Map.Entry<UUID, UUID>> departmentHeads(Condition which) {
        Employee manager = EMPLOYEE.as("head_manager");
        Employee report = EMPLOYEE.as("head_report");
        return db.select(EMPLOYEE.ID, EMPLOYEE.DEPARTMENT_ID).from(EMPLOYEE)
                .leftJoin(manager).on(manager.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(manager.ID.eq(EMPLOYEE.MANAGER_ID)))
                .where(which).and(ACTIVE).and(EMPLOYEE.DEPARTMENT_ID.isNotNull())
                .and(manager.ID.isNull().or(manager.DEPARTMENT_ID.isDistinctFrom(EMPLOYEE.DEPARTMENT_ID)))
                .andExists(DSL.selectOne().from(report).where(report.MANAGER_ID.eq(EMPLOYEE.ID))
                        .and(report.STATUS.eq(PersonStatus.ACTIVE.name())))
                .fetch(row -> Map.entry(row.value1(), row.value2()));
    }

    Set<UUID> departmentsHeadedBy(UUID personId) {
        Set<UUID> departments = new HashSet<>();
        departmentHeads(EMPLOYEE.ID.eq(personId)).forEach(head -> departments.add(head.getValue()));
        return departments;
    }

    Set<UUID> headsOf(UUID departmentId) {
        Set<UUID> heads = new HashSet<>();
        departmentHeads(EMPLOYEE.DEPARTMENT_ID.eq(departmentId)).forEach(head -> heads.add(head.getKey()));
        return heads;
    }

    Set<UUID> teamsLedBy(UUID personId) {
        return new HashSet<>(db.select(TEAM.ID).from(TEAM).where(TEAM.LEAD_ID.eq(personId)).fetch(TEAM.ID));
    }

    private List<OrgDepartment> departments(Condition condition) {
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.PARENT_ID).from(DEPARTMENT).where(condition)
                .orderBy(DEPARTMENT.NAME, DEPARTMENT.ID)
                .fetch(row -> new OrgDepartment(row.value1(), row.value2(), row.value3()));
    }

    Map<UUID, OrgDepartment> departments(Set<UUID> ids) {
        Map<UUID, OrgDepartment> byId = new LinkedHashMap<>();
        departments(DEPARTMENT.ID.in(ids)).forEach(department -> byId.put(department.id(), department));
        return byId;
    }

    Optional<OrgDepartment> departmentNamed(String name) {
        return departments(DEPARTMENT.NAME.eq(name)).stream().findFirst();
    }

    private List<OrgTeam> teams(Condition condition) {
        return db.select(TEAM.ID, TEAM.NAME, TEAM.DEPARTMENT_ID, TEAM.PARENT_TEAM_ID, TEAM.LEAD_ID).from(TEAM)
                .where(condition)
                .orderBy(TEAM.NAME, TEAM.ID)
                .fetch(row -> new OrgTeam(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }

    Map<UUID, OrgTeam> teams(Set<UUID> ids) {
        Map<UUID, OrgTeam> byId = new LinkedHashMap<>();
        teams(TEAM.ID.in(ids)).forEach(team -> byId.put(team.id(), team));
        return byId;
    }

    /** Team names are unique per department, not per tenant: the first in name order when several match. */
    Optional<OrgTeam> teamNamed(String name) {
        return teams(TEAM.NAME.eq(name)).stream().findFirst();
    }

    static Set<UUID> withoutNulls(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return wanted;
    }

    /** Active people in these departments or teams, or in any department or team below them (recursive, one statement). */
    Set<UUID> activePeopleIn(Set<UUID> departmentIds, Set<UUID> teamIds) {
        return new HashSet<>(db.resultQuery("""
                WITH RECURSIVE departments(id, depth) AS (
                    SELECT d.id, 0 FROM department d WHERE d.id = ANY({0})
                    UNION
                    SELECT d.id, departments.depth + 1 FROM department d JOIN departments ON d.parent_id = departments.id
                    WHERE departments.depth < 100
                ), teams(id, depth) AS (
                    SELECT t.id, 0 FROM team t WHERE t.id = ANY({1})
                    UNION
                    SELECT t.id, teams.depth + 1 FROM team t JOIN teams ON t.parent_team_id = teams.id
                    WHERE teams.depth < 100
                )
                SELECT e.id FROM employee e
                WHERE e.status = 'ACTIVE'
                  AND (e.department_id IN (SELECT id FROM departments) OR e.team_id IN (SELECT id FROM teams))
                """, DSL.val(departmentIds.toArray(UUID[]::new)), DSL.val(teamIds.toArray(UUID[]::new)))
                .fetch(row -> row.get(0, UUID.class)));
    }

    List<OrgPerson> activeMembersOf(Set<UUID> departments, Set<UUID> teams, Set<UUID> persons) {
        return people(ACTIVE.and(EMPLOYEE.DEPARTMENT_ID.in(departments).or(EMPLOYEE.TEAM_ID.in(teams))
                .or(EMPLOYEE.ID.in(persons))));
    }
}
