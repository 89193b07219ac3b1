package io.kadens.people;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.EMPLOYEE_PHOTO;
import static io.kadens.db.Tables.JOB_FAMILY;
import static io.kadens.db.Tables.JOB_LEVEL;
import static io.kadens.db.Tables.TEAM;
import static io.kadens.db.Tables.USER_ROLE;

import io.kadens.db.tables.Employee;
import io.kadens.db.tables.records.EmployeeRecord;
import io.kadens.security.Accounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to people. Row-level security limits every query to the bound tenant. */
@Repository
class PeopleRepository {

    private static final Employee MANAGER = EMPLOYEE.as("manager");
    private static final Condition ACTIVE = EMPLOYEE.STATUS.eq(PersonStatus.ACTIVE.name());
    private static final Field<Boolean> HAS_PHOTO = DSL.field(DSL.exists(DSL.selectOne().from(EMPLOYEE_PHOTO)
            .where(EMPLOYEE_PHOTO.TENANT_ID.eq(EMPLOYEE.TENANT_ID)).and(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(EMPLOYEE.ID))))
            .as("has_photo");
    private static final Field<Boolean> HR_ADMIN = DSL.field(DSL.exists(DSL.selectOne().from(USER_ROLE)
            .where(USER_ROLE.TENANT_ID.eq(EMPLOYEE.TENANT_ID)).and(USER_ROLE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
            .and(USER_ROLE.ROLE.eq("HR_ADMIN")))).as("hr_admin");

    private final DSLContext db;
    private final Accounts accounts;

    PeopleRepository(DSLContext db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    private SelectOnConditionStep<? extends Record> directory(Field<?>... extra) {
        List<Field<?>> fields = new ArrayList<>(List.of(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME,
                EMPLOYEE.EMAIL, EMPLOYEE.JOB_TITLE, EMPLOYEE.DEPARTMENT_ID, DEPARTMENT.NAME, EMPLOYEE.MANAGER_ID,
                MANAGER.GIVEN_NAME, MANAGER.FAMILY_NAME, EMPLOYEE.LOCATION, EMPLOYEE.TEAM_ID, TEAM.NAME,
                JOB_FAMILY.NAME, JOB_LEVEL.NAME, HAS_PHOTO));
        fields.addAll(List.of(extra));
        return db.select(fields)
                .from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)))
                .leftJoin(MANAGER).on(MANAGER.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(MANAGER.ID.eq(EMPLOYEE.MANAGER_ID)))
                .leftJoin(TEAM).on(TEAM.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(TEAM.ID.eq(EMPLOYEE.TEAM_ID)))
                .leftJoin(JOB_FAMILY).on(JOB_FAMILY.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(JOB_FAMILY.ID.eq(EMPLOYEE.JOB_FAMILY_ID)))
                .leftJoin(JOB_LEVEL).on(JOB_LEVEL.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(JOB_LEVEL.ID.eq(EMPLOYEE.JOB_LEVEL_ID)));
    }

    private static DirectoryEntry toEntry(Record row) {
        String managerGiven = row.get(MANAGER.GIVEN_NAME);
        return new DirectoryEntry(row.get(EMPLOYEE.ID), row.get(EMPLOYEE.GIVEN_NAME), row.get(EMPLOYEE.FAMILY_NAME),
                row.get(EMPLOYEE.EMAIL), row.get(EMPLOYEE.JOB_TITLE), row.get(EMPLOYEE.DEPARTMENT_ID),
                row.get(DEPARTMENT.NAME), row.get(EMPLOYEE.MANAGER_ID),
                managerGiven == null ? null : managerGiven + " " + row.get(MANAGER.FAMILY_NAME),
                row.get(EMPLOYEE.LOCATION), row.get(EMPLOYEE.TEAM_ID), row.get(TEAM.NAME), row.get(JOB_FAMILY.NAME),
                row.get(JOB_LEVEL.NAME), Boolean.TRUE.equals(row.get(HAS_PHOTO)));
    }

    /**
     * Every word must occur in the person's search text (name, email, title, location: a trigram
     * index serves it) or in the name of their department or team.
     */
    private static Condition matchesWords(String query) {
        Condition matches = DSL.trueCondition();
        for (String word : query == null ? new String[0] : query.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // Department and team names through id look-ups, so the filter runs on employee rows alone,
            // before any join.
            matches = matches.and(EMPLOYEE.SEARCH_TEXT.like(pattern)
                    .or(EMPLOYEE.DEPARTMENT_ID.in(DSL.select(DEPARTMENT.ID).from(DEPARTMENT)
                            .where(DEPARTMENT.NAME.likeIgnoreCase(pattern))))
                    .or(EMPLOYEE.TEAM_ID.in(DSL.select(TEAM.ID).from(TEAM).where(TEAM.NAME.likeIgnoreCase(pattern)))));
        }
        return matches;
    }

    List<DirectoryEntry> search(String query, UUID departmentId, int limit) {
        Condition matches = departmentId == null ? DSL.trueCondition() : EMPLOYEE.DEPARTMENT_ID.eq(departmentId);
        return directory().where(ACTIVE).and(matches).and(matchesWords(query))
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME, EMPLOYEE.ID)
                .limit(limit)
                .fetch(PeopleRepository::toEntry);
    }

    private static Condition filtered(PeopleFilter filter) {
        Condition c = matchesWords(filter.query());
        if (filter.departmentId() != null) {
            c = c.and(EMPLOYEE.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.teamId() != null) {
            c = c.and(EMPLOYEE.TEAM_ID.eq(filter.teamId()));
        }
        if (filter.managerId() != null) {
            c = c.and(EMPLOYEE.MANAGER_ID.eq(filter.managerId()));
        }
        if (filter.status() != null) {
            c = c.and(EMPLOYEE.STATUS.eq(filter.status().name()));
        }
        if (filter.jobFamilyId() != null) {
            c = c.and(EMPLOYEE.JOB_FAMILY_ID.eq(filter.jobFamilyId()));
        }
        return c;
    }

    List<AdminPersonRow> list(PeopleFilter filter, int offset, int limit) {
        return directory(EMPLOYEE.STATUS, EMPLOYEE.VERSION, HR_ADMIN).where(filtered(filter))
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME, EMPLOYEE.ID)
                .offset(offset).limit(limit)
                .fetch(row -> new AdminPersonRow(toEntry(row), PersonStatus.valueOf(row.get(EMPLOYEE.STATUS)),
                        row.get(EMPLOYEE.VERSION), Boolean.TRUE.equals(row.get(HR_ADMIN))));
    }

    int count(PeopleFilter filter) {
        return db.fetchCount(db.select(EMPLOYEE.ID).from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)))
                .leftJoin(TEAM).on(TEAM.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(TEAM.ID.eq(EMPLOYEE.TEAM_ID)))
                .where(filtered(filter)));
    }

    Optional<DirectoryEntry> find(UUID id) {
        return directory().where(EMPLOYEE.ID.eq(id)).fetchOptional(PeopleRepository::toEntry);
    }

    Optional<PrivateDetails> privateDetails(UUID id) {
        return db.select(EMPLOYEE.PHONE, EMPLOYEE.START_DATE, EMPLOYEE.STATUS, EMPLOYEE.PREFERRED_LOCALE,
                        EMPLOYEE.EMPLOYMENT_TYPE)
                .from(EMPLOYEE).where(EMPLOYEE.ID.eq(id))
                .fetchOptional(row -> new PrivateDetails(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5() == null ? null : EmploymentType.valueOf(row.value5())));
    }

    Optional<EditablePerson> editable(UUID id) {
        // Sign-in state belongs to security's accounts: asked there, only when the person exists.
        return db.select(EMPLOYEE.asterisk(), HR_ADMIN)
                .from(EMPLOYEE).where(EMPLOYEE.ID.eq(id))
                .fetchOptional(row -> {
                    EmployeeRecord e = row.into(EMPLOYEE);
                    return new EditablePerson(e.getId(), e.getVersion(), fieldsOf(e),
                            PersonStatus.valueOf(e.getStatus()), Boolean.TRUE.equals(row.get(HR_ADMIN)),
                            accounts.hasPassword(e.getId()));
                });
    }

    private static PersonFields fieldsOf(EmployeeRecord e) {
        return new PersonFields(e.getGivenName(), e.getFamilyName(), e.getEmail(), e.getJobTitle(),
                e.getDepartmentId(), e.getTeamId(), e.getManagerId(), e.getJobFamilyId(), e.getJobLevelId(),
                e.getLocation(), e.getPhone(), e.getStartDate(),
                e.getEmploymentType() == null ? null : EmploymentType.valueOf(e.getEmploymentType()),
                e.getPreferredLocale());
    }

    List<DirectoryEntry> directReports(UUID managerId) {
        return directory().where(EMPLOYEE.MANAGER_ID.eq(managerId)).and(ACTIVE)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .fetch(PeopleRepository::toEntry);
    }

    List<DirectoryEntry> peers(UUID personId, UUID managerId) {
        return directory().where(EMPLOYEE.MANAGER_ID.eq(managerId)).and(EMPLOYEE.ID.ne(personId)).and(ACTIVE)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .fetch(PeopleRepository::toEntry);
    }

    /**
     * True when {@code managerId} is above {@code personId} in the reporting line, at any depth: one primary-key
     * read of the person's stored path (V141 keeps it with every manager change).
     */
    boolean managesDirectlyOrIndirectly(UUID managerId, UUID personId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.ID.eq(personId)
                .and(DSL.condition("{0} @> array[{1}]::uuid[]", EMPLOYEE.MANAGER_PATH, DSL.val(managerId))));
    }

    /** Which of these people have the manager in their stored path, as {@link #managesDirectlyOrIndirectly} asks. */
    java.util.Set<UUID> managedDirectlyOrIndirectly(UUID managerId, java.util.Collection<UUID> personIds) {
        return new java.util.HashSet<>(db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.ID.in(personIds))
                .and(DSL.condition("{0} @> array[{1}]::uuid[]", EMPLOYEE.MANAGER_PATH, DSL.val(managerId)))
                .fetch(EMPLOYEE.ID));
    }

    /** The managers above a person, nearest first. */
    List<DirectoryEntry> managersAbove(UUID personId) {
        List<UUID> chain = managerIdsAbove(personId);
        if (chain.isEmpty()) {
            return List.of();
        }
        var byId = directory().where(EMPLOYEE.ID.in(chain)).fetchMap(EMPLOYEE.ID, PeopleRepository::toEntry);
        return chain.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The managers above a person, nearest first: the stored path (top first) read backwards. */
    List<UUID> managerIdsAbove(UUID personId) {
        UUID[] path = db.select(EMPLOYEE.MANAGER_PATH).from(EMPLOYEE).where(EMPLOYEE.ID.eq(personId))
                .fetchOne(EMPLOYEE.MANAGER_PATH);
        if (path == null) {
            return List.of();
        }
        List<UUID> nearestFirst = new ArrayList<>(Arrays.asList(path));
        Collections.reverse(nearestFirst);
        return nearestFirst;
    }

    /**
     * Everyone under a manager at any depth, active or not: a recursive walk down the
     * (tenant_id, manager_id) index, one index probe per person found (see the decision record).
     */
    List<UUID> everyoneUnder(UUID managerId) {
        var below = DSL.name("below");
        var id = DSL.field(DSL.name("below", "id"), UUID.class);
        var depth = DSL.field(DSL.name("below", "depth"), Integer.class);
        var cte = below.fields("id", "depth").as(
                DSL.select(EMPLOYEE.ID, DSL.inline(1)).from(EMPLOYEE).where(EMPLOYEE.MANAGER_ID.eq(managerId))
                        .unionAll(DSL.select(EMPLOYEE.ID, depth.plus(1))
                                .from(EMPLOYEE).join(below).on(EMPLOYEE.MANAGER_ID.eq(id))
                                .where(depth.lt(10_000))));
        return db.withRecursive(cte).select(id).from(below).fetch(id);
    }

    /** The org chart's top: active people without a manager. */
    List<OrgChartNode> orgChartRoots() {
        return orgChartNodes(EMPLOYEE.MANAGER_ID.isNull());
    }

    List<OrgChartNode> orgChartChildren(UUID managerId) {
        return orgChartNodes(EMPLOYEE.MANAGER_ID.eq(managerId));
    }

    /**
     * The people matching {@code level} with their direct-report count and headcount below them. One
     * recursive walk carries each node's id down its subtree; the subtrees are disjoint, so the cost
     * is the size of the parent's subtree, whatever the number of children.
     */
    private List<OrgChartNode> orgChartNodes(Condition level) {
        var below = DSL.name("below");
        var root = DSL.field(DSL.name("below", "root"), UUID.class);
        var id = DSL.field(DSL.name("below", "id"), UUID.class);
        var depth = DSL.field(DSL.name("below", "depth"), Integer.class);
        var cte = below.fields("root", "id", "depth").as(
                DSL.select(EMPLOYEE.ID, EMPLOYEE.ID, DSL.inline(0)).from(EMPLOYEE).where(level).and(ACTIVE)
                        .unionAll(DSL.select(root, EMPLOYEE.ID, depth.plus(1))
                                .from(EMPLOYEE).join(below).on(EMPLOYEE.MANAGER_ID.eq(id))
                                .where(ACTIVE).and(depth.lt(10_000))));
        Map<UUID, int[]> counts = new HashMap<>();
        db.withRecursive(cte)
                .select(root, DSL.count().filterWhere(depth.eq(1)), DSL.count().minus(1))
                .from(below).groupBy(root)
                .forEach(row -> counts.put(row.value1(), new int[] {row.value2(), row.value3()}));
        if (counts.isEmpty()) {
            return List.of();
        }
        return directory().where(EMPLOYEE.ID.in(counts.keySet()))
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME, EMPLOYEE.ID)
                .fetch(row -> {
                    int[] c = counts.get(row.get(EMPLOYEE.ID));
                    return new OrgChartNode(toEntry(row), c[0], c[1]);
                });
    }

    List<DepartmentHeadcount> headcounts() {
        return headcounts(DSL.trueCondition());
    }

    Optional<DepartmentHeadcount> headcount(UUID departmentId) {
        return headcounts(DEPARTMENT.ID.eq(departmentId)).stream().findFirst();
    }

    private List<DepartmentHeadcount> headcounts(Condition departments) {
        var people = DSL.count(EMPLOYEE.ID);
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, people)
                .from(DEPARTMENT)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.TENANT_ID.eq(DEPARTMENT.TENANT_ID)
                        .and(EMPLOYEE.DEPARTMENT_ID.eq(DEPARTMENT.ID)).and(ACTIVE))
                .where(departments)
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME)
                .orderBy(DEPARTMENT.NAME)
                .fetch(row -> new DepartmentHeadcount(row.value1(), row.value2(), row.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertDepartment(String name, UUID parentId) {
        UUID id = UUID.randomUUID();
        db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.ID, id)
                .set(DEPARTMENT.NAME, name)
                .set(DEPARTMENT.PARENT_ID, parentId)
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertPerson(NewPerson person) {
        UUID id = UUID.randomUUID();
        db.insertInto(EMPLOYEE)
                .set(EMPLOYEE.ID, id)
                .set(EMPLOYEE.EMAIL, person.email())
                .set(EMPLOYEE.GIVEN_NAME, person.givenName())
                .set(EMPLOYEE.FAMILY_NAME, person.familyName())
                .set(EMPLOYEE.JOB_TITLE, person.jobTitle())
                .set(EMPLOYEE.DEPARTMENT_ID, person.departmentId())
                .set(EMPLOYEE.MANAGER_ID, person.managerId())
                .set(EMPLOYEE.LOCATION, person.location())
                .set(EMPLOYEE.PHONE, person.phone())
                .set(EMPLOYEE.START_DATE, person.startDate())
                .set(EMPLOYEE.PREFERRED_LOCALE, person.preferredLocale())
                .set(EMPLOYEE.TEAM_ID, person.teamId())
                .set(EMPLOYEE.JOB_FAMILY_ID, person.jobFamilyId())
                .set(EMPLOYEE.JOB_LEVEL_ID, person.jobLevelId())
                .set(EMPLOYEE.EMPLOYMENT_TYPE, person.employmentType() == null ? null : person.employmentType().name())
                .execute();
        return id;
    }

    /** Replaces the editable fields when the row still has {@code expectedVersion}; returns the rows changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    int update(UUID personId, PersonFields f, long expectedVersion) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.GIVEN_NAME, f.givenName())
                .set(EMPLOYEE.FAMILY_NAME, f.familyName())
                .set(EMPLOYEE.EMAIL, f.email())
                .set(EMPLOYEE.JOB_TITLE, f.jobTitle())
                .set(EMPLOYEE.DEPARTMENT_ID, f.departmentId())
                .set(EMPLOYEE.TEAM_ID, f.teamId())
                .set(EMPLOYEE.MANAGER_ID, f.managerId())
                .set(EMPLOYEE.JOB_FAMILY_ID, f.jobFamilyId())
                .set(EMPLOYEE.JOB_LEVEL_ID, f.jobLevelId())
                .set(EMPLOYEE.LOCATION, f.location())
                .set(EMPLOYEE.PHONE, f.phone())
                .set(EMPLOYEE.START_DATE, f.startDate())
                .set(EMPLOYEE.EMPLOYMENT_TYPE, f.employmentType() == null ? null : f.employmentType().name())
                .set(EMPLOYEE.PREFERRED_LOCALE, f.preferredLocale())
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(personId)).and(EMPLOYEE.VERSION.eq(expectedVersion))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int updateStatus(UUID personId, PersonStatus status, long expectedVersion) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.STATUS, status.name())
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(personId)).and(EMPLOYEE.VERSION.eq(expectedVersion))
                .execute();
    }

    /** Moves every direct report of one manager to another (or to no manager); returns who moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<UUID> reassignReports(UUID fromManager, UUID toManager) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.MANAGER_ID, toManager)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.MANAGER_ID.eq(fromManager))
                .returning(EMPLOYEE.ID)
                .fetch(EMPLOYEE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int updatePreferredLocale(UUID personId, String locale) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.PREFERRED_LOCALE, locale)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(personId))
                .execute();
    }

    boolean exists(UUID personId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.ID.eq(personId));
    }

    boolean isActive(UUID personId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.ID.eq(personId).and(ACTIVE));
    }

    Optional<UUID> findIdByEmail(String email) {
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchOptional(EMPLOYEE.ID);
    }

    // ---------------------------------------------------------------- roles

    /**
     * The active HR admins, their role rows locked: two admins revoking each other at the same time
     * queue here, so the second sees the first's revocation and the tenant keeps one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<UUID> lockActiveHrAdmins() {
        List<UUID> all = db.select(USER_ROLE.EMPLOYEE_ID).from(USER_ROLE)
                .where(USER_ROLE.ROLE.eq("HR_ADMIN")).forUpdate().fetch(USER_ROLE.EMPLOYEE_ID);
        if (all.isEmpty()) {
            return List.of();
        }
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.ID.in(all)).and(ACTIVE).fetch(EMPLOYEE.ID);
    }

    boolean isHrAdmin(UUID personId) {
        return db.fetchExists(USER_ROLE, USER_ROLE.EMPLOYEE_ID.eq(personId).and(USER_ROLE.ROLE.eq("HR_ADMIN")));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean grantHrAdmin(UUID personId) {
        return db.insertInto(USER_ROLE)
                .set(USER_ROLE.EMPLOYEE_ID, personId)
                .set(USER_ROLE.ROLE, "HR_ADMIN")
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean revokeHrAdmin(UUID personId) {
        return db.deleteFrom(USER_ROLE).where(USER_ROLE.EMPLOYEE_ID.eq(personId)).and(USER_ROLE.ROLE.eq("HR_ADMIN"))
                .execute() == 1;
    }

    /** Bumps the version so that an editor holding the old one learns that someone else changed the person. */
    @Transactional(propagation = Propagation.MANDATORY)
    int touch(UUID personId, long expectedVersion) {
        return db.update(EMPLOYEE).set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(personId)).and(EMPLOYEE.VERSION.eq(expectedVersion)).execute();
    }

    // ---------------------------------------------------------------- photos

    Optional<Photo> photo(UUID personId) {
        return db.select(EMPLOYEE_PHOTO.CONTENT_TYPE, EMPLOYEE_PHOTO.DATA).from(EMPLOYEE_PHOTO)
                .where(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(personId))
                .fetchOptional(row -> new Photo(row.value1(), row.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void savePhoto(UUID personId, Photo photo) {
        db.insertInto(EMPLOYEE_PHOTO)
                .set(EMPLOYEE_PHOTO.EMPLOYEE_ID, personId)
                .set(EMPLOYEE_PHOTO.CONTENT_TYPE, photo.contentType())
                .set(EMPLOYEE_PHOTO.DATA, photo.data())
                .onConflict(EMPLOYEE_PHOTO.TENANT_ID, EMPLOYEE_PHOTO.EMPLOYEE_ID).doUpdate()
                .set(EMPLOYEE_PHOTO.CONTENT_TYPE, photo.contentType())
                .set(EMPLOYEE_PHOTO.DATA, photo.data())
                .set(EMPLOYEE_PHOTO.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean deletePhoto(UUID personId) {
        return db.deleteFrom(EMPLOYEE_PHOTO).where(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(personId)).execute() == 1;
    }
}
