package io.kadens.people;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;

import io.kadens.db.tables.Employee;
import io.kadens.tenants.BoundTenant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to people and departments. Row-level security limits every query to the bound tenant. */
@Repository
class PeopleRepository {

    private static final Employee MANAGER = EMPLOYEE.as("manager");

    private final DSLContext db;

    PeopleRepository(DSLContext db) {
        this.db = db;
    }

    private SelectOnConditionStep<? extends Record> directory() {
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL, EMPLOYEE.JOB_TITLE,
                        EMPLOYEE.DEPARTMENT_ID, DEPARTMENT.NAME, EMPLOYEE.MANAGER_ID,
                        MANAGER.GIVEN_NAME, MANAGER.FAMILY_NAME, EMPLOYEE.LOCATION)
                .from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)))
                .leftJoin(MANAGER).on(MANAGER.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(MANAGER.ID.eq(EMPLOYEE.MANAGER_ID)));
    }

    private static DirectoryEntry toEntry(Record row) {
        String managerGiven = row.get(MANAGER.GIVEN_NAME);
        return new DirectoryEntry(row.get(EMPLOYEE.ID), row.get(EMPLOYEE.GIVEN_NAME), row.get(EMPLOYEE.FAMILY_NAME),
                row.get(EMPLOYEE.EMAIL), row.get(EMPLOYEE.JOB_TITLE), row.get(EMPLOYEE.DEPARTMENT_ID),
                row.get(DEPARTMENT.NAME), row.get(EMPLOYEE.MANAGER_ID),
                managerGiven == null ? null : managerGiven + " " + row.get(MANAGER.FAMILY_NAME),
                row.get(EMPLOYEE.LOCATION));
    }

    private static final Condition ACTIVE = EMPLOYEE.STATUS.eq("ACTIVE");

    List<DirectoryEntry> search(String query, UUID departmentId, int limit) {
        Condition matches = departmentId == null ? DSL.trueCondition() : EMPLOYEE.DEPARTMENT_ID.eq(departmentId);
        for (String word : query == null ? new String[0] : query.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            matches = matches.and(EMPLOYEE.GIVEN_NAME.likeIgnoreCase(pattern)
                    .or(EMPLOYEE.FAMILY_NAME.likeIgnoreCase(pattern))
                    .or(EMPLOYEE.EMAIL.likeIgnoreCase(pattern))
                    .or(EMPLOYEE.JOB_TITLE.likeIgnoreCase(pattern))
                    .or(DEPARTMENT.NAME.likeIgnoreCase(pattern)));
        }
        return directory().where(ACTIVE).and(matches)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .limit(limit)
                .fetch(PeopleRepository::toEntry);
    }

    Optional<DirectoryEntry> find(UUID id) {
        return directory().where(EMPLOYEE.ID.eq(id)).fetchOptional(PeopleRepository::toEntry);
    }

    Optional<PrivateDetails> privateDetails(UUID id) {
        return db.select(EMPLOYEE.PHONE, EMPLOYEE.START_DATE, EMPLOYEE.STATUS, EMPLOYEE.PREFERRED_LOCALE)
                .from(EMPLOYEE).where(EMPLOYEE.ID.eq(id))
                .fetchOptional(row -> new PrivateDetails(row.value1(), row.value2(), row.value3(), row.value4()));
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

    /** True when {@code managerId} is above {@code personId} in the reporting line, at any depth. */
    boolean managesDirectlyOrIndirectly(UUID managerId, UUID personId) {
        return managerIdsAbove(personId).contains(managerId);
    }

    /** The managers above a person, nearest first. */
    List<DirectoryEntry> managersAbove(UUID personId) {
        List<UUID> chain = managerIdsAbove(personId);
        if (chain.isEmpty()) {
            return List.of();
        }
        var byId = directory().where(EMPLOYEE.ID.in(chain)).fetchMap(EMPLOYEE.ID, PeopleRepository::toEntry);
        return chain.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<UUID> managerIdsAbove(UUID personId) {
        var chain = DSL.name("chain");
        var id = DSL.field(DSL.name("chain", "id"), UUID.class);
        var depth = DSL.field(DSL.name("chain", "depth"), Integer.class);
        return db.withRecursive(chain.fields("id", "depth").as(
                        DSL.select(EMPLOYEE.MANAGER_ID, DSL.inline(1)).from(EMPLOYEE).where(EMPLOYEE.ID.eq(personId))
                                .unionAll(DSL.select(EMPLOYEE.MANAGER_ID, depth.plus(1))
                                        .from(EMPLOYEE).join(chain).on(EMPLOYEE.ID.eq(id))
                                        // Depth bound: a corrupt cycle cannot make this run forever.
                                        .where(depth.lt(64)))))
                .select(id).from(chain).where(id.isNotNull()).orderBy(depth)
                .fetch(id);
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
    UUID insertDepartment(UUID tenantId, String name, UUID parentId) {
        UUID id = UUID.randomUUID();
        db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.TENANT_ID, tenantId)
                .set(DEPARTMENT.ID, id)
                .set(DEPARTMENT.NAME, name)
                .set(DEPARTMENT.PARENT_ID, parentId)
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertPerson(UUID tenantId, NewPerson person) {
        UUID id = UUID.randomUUID();
        db.insertInto(EMPLOYEE)
                .set(EMPLOYEE.TENANT_ID, tenantId)
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
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int updatePreferredLocale(UUID personId, String locale) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.PREFERRED_LOCALE, locale)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(personId))
                .execute();
    }

    Optional<UUID> findIdByEmail(String email) {
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchOptional(EMPLOYEE.ID);
    }

    UUID boundTenant() {
        return db.connectionResult(BoundTenant::require).value();
    }
}
