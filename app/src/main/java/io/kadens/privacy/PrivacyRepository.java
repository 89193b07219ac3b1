package io.kadens.privacy;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.EMPLOYEE_PHOTO;
import static io.kadens.db.Tables.PERSON_ERASURE;
import static io.kadens.db.Tables.SCIM_IDENTITY;
import static io.kadens.db.Tables.TEAM;
import static io.kadens.db.Tables.USER_ACCOUNT;
import static io.kadens.db.Tables.USER_ROLE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PrivacyRepository {

    private final DSLContext db;

    PrivacyRepository(DSLContext db) {
        this.db = db;
    }

    boolean exists(UUID personId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.ID.eq(personId));
    }

    Optional<String> email(UUID personId) {
        return db.select(EMPLOYEE.EMAIL).from(EMPLOYEE).where(EMPLOYEE.ID.eq(personId)).fetchOptional(EMPLOYEE.EMAIL);
    }

    Optional<Integer> erasureNumber(UUID personId) {
        return db.select(PERSON_ERASURE.NUMBER).from(PERSON_ERASURE).where(PERSON_ERASURE.EMPLOYEE_ID.eq(personId))
                .fetchOptional(PERSON_ERASURE.NUMBER);
    }

    /** Everything the employee row and the account tables hold about the person. */
    Map<String, Object> personData(UUID personId) {
        var manager = EMPLOYEE.as("manager");
        var row = db.select(EMPLOYEE.asterisk().except(EMPLOYEE.SEARCH_TEXT), DEPARTMENT.NAME.as("department_name"),
                        TEAM.NAME.as("team_name"), manager.EMAIL.as("manager_email"),
                        SCIM_IDENTITY.EXTERNAL_ID.as("scim_external_id"))
                .from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)))
                .leftJoin(TEAM).on(TEAM.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(TEAM.ID.eq(EMPLOYEE.TEAM_ID)))
                .leftJoin(manager).on(manager.TENANT_ID.eq(EMPLOYEE.TENANT_ID).and(manager.ID.eq(EMPLOYEE.MANAGER_ID)))
                .leftJoin(SCIM_IDENTITY).on(SCIM_IDENTITY.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(SCIM_IDENTITY.EMPLOYEE_ID.eq(EMPLOYEE.ID)))
                .where(EMPLOYEE.ID.eq(personId))
                .fetchOne();
        Map<String, Object> data = new LinkedHashMap<>();
        if (row == null) {
            return data;
        }
        for (var field : row.fields()) {
            Object value = row.get(field);
            data.put(field.getName(), value == null ? null : value.toString());
        }
        data.remove("tenant_id");
        var account = db.select(USER_ACCOUNT.ENABLED, USER_ACCOUNT.LAST_SIGN_IN_AT).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.EMPLOYEE_ID.eq(personId)).fetchOne();
        data.put("sign_in_enabled", account != null && Boolean.TRUE.equals(account.value1()));
        data.put("last_sign_in_at", account == null || account.value2() == null ? null : account.value2().toString());
        data.put("stored_roles", db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.EMPLOYEE_ID.eq(personId))
                .fetch(USER_ROLE.ROLE));
        data.put("has_photo", db.fetchExists(EMPLOYEE_PHOTO, EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(personId)));
        data.put("direct_reports", db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.MANAGER_ID.eq(personId))
                .orderBy(EMPLOYEE.ID).fetch(id -> id.value1().toString()));
        data.put("teams_led", db.select(TEAM.NAME).from(TEAM).where(TEAM.LEAD_ID.eq(personId)).orderBy(TEAM.NAME)
                .fetch(TEAM.NAME));
        return data;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int nextErasureNumber() {
        // One erasure at a time per tenant, so two never take the same number.
        db.execute("select pg_advisory_xact_lock(hashtext('kadens.person_erasure'), hashtext(current_setting('app.tenant_id')))");
        return db.select(DSL.coalesce(DSL.max(PERSON_ERASURE.NUMBER), 0)).from(PERSON_ERASURE).fetchOne().value1() + 1;
    }

    /**
     * What ties others to the person in the people model: reports move up to the person's manager (so no
     * one reports to a pseudonym), team leads are cleared, roles, sign-in, photo and SCIM link go.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void detach(UUID personId) {
        UUID managerId = db.select(EMPLOYEE.MANAGER_ID).from(EMPLOYEE).where(EMPLOYEE.ID.eq(personId))
                .fetchOne(EMPLOYEE.MANAGER_ID);
        db.update(EMPLOYEE).set(EMPLOYEE.MANAGER_ID, managerId)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(DSL.inline(1L)))
                .where(EMPLOYEE.MANAGER_ID.eq(personId)).execute();
        db.update(TEAM).set(TEAM.LEAD_ID, (UUID) null).where(TEAM.LEAD_ID.eq(personId)).execute();
        db.deleteFrom(USER_ROLE).where(USER_ROLE.EMPLOYEE_ID.eq(personId)).execute();
        db.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMPLOYEE_ID.eq(personId)).execute();
        db.deleteFrom(EMPLOYEE_PHOTO).where(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(personId)).execute();
        db.deleteFrom(SCIM_IDENTITY).where(SCIM_IDENTITY.EMPLOYEE_ID.eq(personId)).execute();
    }

    /** The employee row keeps only the pseudonym; the erasure number is recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(UUID personId, int number, String givenName, String familyName) {
        db.update(EMPLOYEE)
                .set(EMPLOYEE.GIVEN_NAME, givenName)
                .set(EMPLOYEE.FAMILY_NAME, familyName)
                .set(EMPLOYEE.EMAIL, "erased-" + number + "-" + personId.toString().substring(0, 8) + "@erased.invalid")
                .set(EMPLOYEE.PHONE, (String) null)
                .set(EMPLOYEE.LOCATION, (String) null)
                .set(EMPLOYEE.PREFERRED_LOCALE, (String) null)
                .set(EMPLOYEE.STATUS, "INACTIVE")
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(DSL.inline(1L)))
                .where(EMPLOYEE.ID.eq(personId))
                .execute();
        db.insertInto(PERSON_ERASURE)
                .set(PERSON_ERASURE.EMPLOYEE_ID, personId)
                .set(PERSON_ERASURE.NUMBER, number)
                .execute();
    }
}
