package io.kadens.security;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.USER_ACCOUNT;
import static io.kadens.db.Tables.USER_ROLE;

import io.kadens.db.tables.Employee;
import io.kadens.organisation.Organisation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link KadensUser} of a tenant person: the one place that decides their roles, used
 * by password sign-in and by personal access tokens alike, so a token never carries other rights
 * than signing in would give. EMPLOYEE for everyone, HR_ADMIN from user_role, MANAGER from having
 * active reports.
 */
@Component
public class Principals {

    private final DSLContext db;

    Principals(DSLContext db) {
        this.db = db;
    }

    /**
     * The principal of an active person of the bound tenant who may sign in (enabled account), or
     * empty when they are deactivated, disabled or unknown. Must run inside the caller's tenant-bound
     * transaction (no proxy here: sign-in calls it from within its own).
     */
    public Optional<KadensUser> activePerson(Organisation tenant, UUID personId) {
        // One statement: the person, their stored roles and whether they have an active report. A bearer request
        // checks its token's person on every request, so three round trips here were three per API call.
        Employee report = EMPLOYEE.as("report");
        Field<String[]> storedRoles = DSL.array(DSL.select(USER_ROLE.ROLE).from(USER_ROLE)
                .where(USER_ROLE.EMPLOYEE_ID.eq(EMPLOYEE.ID)));
        Field<Boolean> managesSomeone = DSL.field(DSL.exists(DSL.selectOne().from(report)
                .where(report.MANAGER_ID.eq(EMPLOYEE.ID)).and(report.STATUS.eq("ACTIVE"))));
        return db.select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME,
                        EMPLOYEE.PREFERRED_LOCALE, storedRoles, managesSomeone)
                .from(EMPLOYEE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                        .and(USER_ACCOUNT.EMPLOYEE_ID.eq(EMPLOYEE.ID)))
                .where(EMPLOYEE.ID.eq(personId))
                .and(EMPLOYEE.STATUS.eq("ACTIVE"))
                .and(USER_ACCOUNT.ENABLED.isTrue())
                .fetchOptional()
                .map(row -> principal(tenant, row.get(EMPLOYEE.ID), row.get(EMPLOYEE.EMAIL),
                        row.get(EMPLOYEE.GIVEN_NAME), row.get(EMPLOYEE.FAMILY_NAME), row.get(EMPLOYEE.PREFERRED_LOCALE),
                        roles(List.of(row.get(storedRoles)), Boolean.TRUE.equals(row.get(managesSomeone)))));
    }

    /** The principal of a person already found (and checked) in the bound tenant. */
    KadensUser principal(Organisation tenant, UUID id, String email, String givenName, String familyName,
                         String preferredLocale) {
        return principal(tenant, id, email, givenName, familyName, preferredLocale,
                roles(db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.EMPLOYEE_ID.eq(id)).fetch(USER_ROLE.ROLE),
                        db.fetchExists(EMPLOYEE, EMPLOYEE.MANAGER_ID.eq(id).and(EMPLOYEE.STATUS.eq("ACTIVE")))));
    }

    /** EMPLOYEE for everyone, the stored roles, MANAGER for someone with an active report. */
    private static Set<Role> roles(List<String> stored, boolean managesSomeone) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        stored.forEach(role -> roles.add(Role.valueOf(role)));
        if (managesSomeone) {
            roles.add(Role.MANAGER);
        }
        return roles;
    }

    private static KadensUser principal(Organisation tenant, UUID id, String email, String givenName,
                                        String familyName, String preferredLocale, Set<Role> roles) {
        String language = preferredLocale != null ? preferredLocale : tenant.locale();
        return new KadensUser(tenant.id(), id, email, givenName + " " + familyName, tenant.slug(), tenant.name(),
                roles, language);
    }
}
