package io.kadens.scim;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.SCIM_IDENTITY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** People and departments as SCIM sees them; row-level security keeps it to the token's tenant. */
@Repository
class ScimRepository {

    private final DSLContext db;

    ScimRepository(DSLContext db) {
        this.db = db;
    }

    private org.jooq.SelectOnConditionStep<? extends Record> users() {
        return db.select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.JOB_TITLE,
                        EMPLOYEE.PHONE, EMPLOYEE.PREFERRED_LOCALE, EMPLOYEE.STATUS, EMPLOYEE.MANAGER_ID,
                        EMPLOYEE.CREATED_AT, EMPLOYEE.VERSION, DEPARTMENT.NAME, SCIM_IDENTITY.EXTERNAL_ID)
                .from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)))
                .leftJoin(SCIM_IDENTITY).on(SCIM_IDENTITY.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(SCIM_IDENTITY.EMPLOYEE_ID.eq(EMPLOYEE.ID)));
    }

    private static ScimUser toUser(Record row) {
        OffsetDateTime created = row.get(EMPLOYEE.CREATED_AT);
        return new ScimUser(row.get(EMPLOYEE.ID), row.get(SCIM_IDENTITY.EXTERNAL_ID), row.get(EMPLOYEE.EMAIL),
                row.get(EMPLOYEE.GIVEN_NAME), row.get(EMPLOYEE.FAMILY_NAME), "ACTIVE".equals(row.get(EMPLOYEE.STATUS)),
                row.get(EMPLOYEE.JOB_TITLE), row.get(EMPLOYEE.PHONE), row.get(EMPLOYEE.PREFERRED_LOCALE),
                row.get(DEPARTMENT.NAME), row.get(EMPLOYEE.MANAGER_ID),
                created == null ? null : created.toInstant(), row.get(EMPLOYEE.VERSION));
    }

    /** Names ("Given Family") of people of the bound tenant by id, active or not. */
    java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME).from(EMPLOYEE)
                .where(EMPLOYEE.ID.in(ids))
                .fetchMap(EMPLOYEE.ID, row -> row.value2() + " " + row.value3());
    }

    Optional<ScimUser> find(UUID id) {
        return users().where(EMPLOYEE.ID.eq(id)).fetchOptional(ScimRepository::toUser);
    }

    List<ScimUser> list(Condition filter, int offset, int limit) {
        return users().where(filter).orderBy(EMPLOYEE.CREATED_AT, EMPLOYEE.ID).offset(offset).limit(limit)
                .fetch(ScimRepository::toUser);
    }

    int count(Condition filter) {
        return db.fetchCount(users().where(filter));
    }

    Optional<UUID> idByEmail(String email) {
        return db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchOptional(EMPLOYEE.ID);
    }

    boolean exists(UUID id) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.ID.eq(id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID departmentNamed(String name) {
        return db.select(DEPARTMENT.ID).from(DEPARTMENT).where(DSL.lower(DEPARTMENT.NAME).eq(name.toLowerCase()))
                .fetchOptional(DEPARTMENT.ID)
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    db.insertInto(DEPARTMENT).set(DEPARTMENT.ID, id)
                            .set(DEPARTMENT.NAME, name).execute();
                    return id;
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, ScimUser user, UUID departmentId) {
        db.insertInto(EMPLOYEE)
                .set(EMPLOYEE.ID, id)
                .set(EMPLOYEE.EMAIL, user.userName())
                .set(EMPLOYEE.GIVEN_NAME, user.givenName())
                .set(EMPLOYEE.FAMILY_NAME, user.familyName())
                .set(EMPLOYEE.JOB_TITLE, user.title())
                .set(EMPLOYEE.PHONE, user.phone())
                .set(EMPLOYEE.PREFERRED_LOCALE, user.preferredLanguage())
                .set(EMPLOYEE.DEPARTMENT_ID, departmentId)
                .set(EMPLOYEE.MANAGER_ID, user.managerId())
                .set(EMPLOYEE.STATUS, user.active() ? "ACTIVE" : "INACTIVE")
                .execute();
        setExternalId(id, user.externalId());
    }

    /** Everything but the status, which changes through deactivation and reactivation. */
    @Transactional(propagation = Propagation.MANDATORY)
    void update(ScimUser user, UUID departmentId) {
        db.update(EMPLOYEE)
                .set(EMPLOYEE.EMAIL, user.userName())
                .set(EMPLOYEE.GIVEN_NAME, user.givenName())
                .set(EMPLOYEE.FAMILY_NAME, user.familyName())
                .set(EMPLOYEE.JOB_TITLE, user.title())
                .set(EMPLOYEE.PHONE, user.phone())
                .set(EMPLOYEE.PREFERRED_LOCALE, user.preferredLanguage())
                .set(EMPLOYEE.DEPARTMENT_ID, departmentId)
                .set(EMPLOYEE.MANAGER_ID, user.managerId())
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(DSL.inline(1L)))
                .where(EMPLOYEE.ID.eq(user.id()))
                .execute();
        setExternalId(user.id(), user.externalId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setExternalId(UUID employeeId, String externalId) {
        if (externalId == null || externalId.isBlank()) {
            db.deleteFrom(SCIM_IDENTITY).where(SCIM_IDENTITY.EMPLOYEE_ID.eq(employeeId)).execute();
            return;
        }
        db.insertInto(SCIM_IDENTITY)
                .set(SCIM_IDENTITY.EMPLOYEE_ID, employeeId)
                .set(SCIM_IDENTITY.EXTERNAL_ID, externalId)
                .onConflict(SCIM_IDENTITY.TENANT_ID, SCIM_IDENTITY.EMPLOYEE_ID)
                .doUpdate().set(SCIM_IDENTITY.EXTERNAL_ID, externalId)
                .execute();
    }

    // ------------------------------------------------------------------ groups = departments

    record GroupRow(UUID id, String name, long version) {
    }

    List<GroupRow> groups(Condition filter, int offset, int limit) {
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.VERSION).from(DEPARTMENT).where(filter)
                .orderBy(DEPARTMENT.NAME).offset(offset).limit(limit)
                .fetch(r -> new GroupRow(r.value1(), r.value2(), r.value3()));
    }

    int countGroups(Condition filter) {
        return db.fetchCount(DEPARTMENT, filter);
    }

    Optional<GroupRow> group(UUID id) {
        return groups(DEPARTMENT.ID.eq(id), 0, 1).stream().findFirst();
    }

    List<ScimUser> members(UUID departmentId) {
        return users().where(EMPLOYEE.DEPARTMENT_ID.eq(departmentId)).orderBy(EMPLOYEE.EMAIL)
                .fetch(ScimRepository::toUser);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertGroup(String name) {
        UUID id = UUID.randomUUID();
        db.insertInto(DEPARTMENT).set(DEPARTMENT.ID, id)
                .set(DEPARTMENT.NAME, name).execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void renameGroup(UUID id, String name) {
        db.update(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.VERSION, DEPARTMENT.VERSION.plus(DSL.inline(1L)))
                .where(DEPARTMENT.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int setDepartment(List<UUID> people, UUID departmentId) {
        return people.isEmpty() ? 0 : db.update(EMPLOYEE).set(EMPLOYEE.DEPARTMENT_ID, departmentId)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(DSL.inline(1L)))
                .where(EMPLOYEE.ID.in(people)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int removeFromDepartment(List<UUID> people, UUID departmentId) {
        return people.isEmpty() ? 0 : db.update(EMPLOYEE).set(EMPLOYEE.DEPARTMENT_ID, (UUID) null)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(DSL.inline(1L)))
                .where(EMPLOYEE.ID.in(people)).and(EMPLOYEE.DEPARTMENT_ID.eq(departmentId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void deleteGroup(UUID id) {
        db.update(EMPLOYEE).set(EMPLOYEE.DEPARTMENT_ID, (UUID) null).where(EMPLOYEE.DEPARTMENT_ID.eq(id)).execute();
        db.deleteFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).execute();
    }
}
