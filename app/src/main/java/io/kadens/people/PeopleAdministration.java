package io.kadens.people;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and editing the people of the bound tenant: for HR admins, and for system work that binds
 * its tenant explicitly (provisioning, demo seeding, imports). Every change is audited in its own
 * transaction; edits carry the version they started from, so a concurrent save is refused, not lost.
 */
@Service
@Transactional
public class PeopleAdministration {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;

    private final PeopleRepository people;
    private final StructureRepository structure;
    private final CurrentUser currentUser;
    private final PeopleAuditTrail audit;
    private final Clock clock;

    PeopleAdministration(PeopleRepository people, StructureRepository structure, CurrentUser currentUser,
                         PeopleAuditTrail audit, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.structure = structure;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public UUID createDepartment(String name, UUID parentId) {
        requireAdministrator();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("department.name.required");
        }
        UUID id = people.insertDepartment(name.trim(), parentId);
        audit.recordCreation("department.created", "department", id, Map.of("name", name.trim()));
        return id;
    }

    public UUID addPerson(NewPerson person) {
        requireAdministrator();
        if (people.findIdByEmail(person.email()).isPresent()) {
            throw new IllegalArgumentException("person.email.taken");
        }
        if (person.managerId() != null && people.find(person.managerId()).isEmpty()) {
            throw new IllegalArgumentException("person.manager.unknown");
        }
        if (person.jobLevelId() != null && !structure.levelBelongsToFamily(person.jobLevelId(), person.jobFamilyId())) {
            throw new IllegalArgumentException("person.level.other-family");
        }
        UUID id = people.insertPerson(person);
        audit.recordCreation("person.created", "person", id, person);
        return id;
    }

    // ---------------------------------------------------------------- reading for the admin screens

    @Transactional(readOnly = true)
    public List<AdminPersonRow> list(PeopleFilter filter, int offset, int limit) {
        requireAdministrator();
        return people.list(filter, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count(PeopleFilter filter) {
        requireAdministrator();
        return people.count(filter);
    }

    @Transactional(readOnly = true)
    public Optional<EditablePerson> editable(UUID personId) {
        requireAdministrator();
        return people.editable(personId);
    }

    // ---------------------------------------------------------------- editing

    /**
     * Replaces a person's fields when nobody else saved them since {@code expectedVersion}.
     *
     * @return the new version
     * @throws InvalidInputException   with a message per bad field; nothing is changed
     * @throws ConcurrentEditException when someone else saved first; nothing is changed
     */
    public long update(UUID personId, PersonFields changes, long expectedVersion) {
        requireAdministrator();
        EditablePerson before = people.editable(personId)
                .orElseThrow(() -> InvalidInputException.of("person", "people-admin.person.unknown"));
        if (before.version() != expectedVersion) {
            throw new ConcurrentEditException("person", personId);
        }
        PersonFields cleaned = validated(personId, changes);
        try {
            if (people.update(personId, cleaned, expectedVersion) == 0) {
                throw new ConcurrentEditException("person", personId);
            }
        } catch (DataAccessException e) {
            throw translated(e);
        }
        audit.record("person.updated", "person", personId, before.fields(), cleaned);
        return expectedVersion + 1;
    }

    /**
     * Deactivates a person: they can no longer sign in and leave the directory; their record stays.
     * Their direct reports move to {@code newManagerForReports}, or, when that is null, to the
     * deactivated person's own manager, so nobody is left reporting to someone who has gone.
     * Team leads they held are cleared.
     */
    public void deactivate(UUID personId, UUID newManagerForReports, long expectedVersion) {
        deactivate(personId, newManagerForReports, expectedVersion, null);
    }

    /**
     * Deactivates as {@link #deactivate(UUID, UUID, long)}, recorded in the audit log once under the given actor
     * (a SCIM token's label) instead of the signed-in user; null for the signed-in user.
     */
    public void deactivate(UUID personId, UUID newManagerForReports, long expectedVersion, String actorLabel) {
        KadensUser admin = requireAdministrator();
        EditablePerson before = people.editable(personId)
                .orElseThrow(() -> InvalidInputException.of("person", "people-admin.person.unknown"));
        if (before.status() == PersonStatus.INACTIVE) {
            return;
        }
        if (admin != null && admin.personId().equals(personId)) {
            throw InvalidInputException.of("status", "people-admin.person.deactivate.self");
        }
        if (before.hrAdmin()) {
            List<UUID> admins = people.lockActiveHrAdmins();
            if (admins.size() <= 1 && admins.contains(personId)) {
                throw InvalidInputException.of("status", "people-admin.person.deactivate.last-hr-admin");
            }
        }
        UUID successor = newManagerForReports != null ? newManagerForReports : before.fields().managerId();
        if (successor != null) {
            if (successor.equals(personId) || !people.isActive(successor)) {
                throw InvalidInputException.of("newManager", "people-admin.person.manager.unknown");
            }
            if (people.managerIdsAbove(successor).contains(personId)) {
                // The successor sits under the person; moving the reports up to them would make a cycle.
                throw InvalidInputException.of("newManager", "people-admin.person.manager.cycle");
            }
        }
        if (people.updateStatus(personId, PersonStatus.INACTIVE, expectedVersion) == 0) {
            throw new ConcurrentEditException("person", personId);
        }
        List<UUID> moved;
        try {
            moved = people.reassignReports(personId, successor);
        } catch (DataAccessException e) {
            throw translated(e);
        }
        List<UUID> teams = structure.clearTeamLead(personId);
        record(actorLabel, "person.deactivated", personId, Map.of("status", "ACTIVE"),
                Map.of("status", "INACTIVE", "reportsMovedTo", String.valueOf(successor), "reportsMoved", moved,
                        "teamLeadCleared", teams));
    }

    public void reactivate(UUID personId, long expectedVersion) {
        reactivate(personId, expectedVersion, null);
    }

    /** Reactivates, recorded once under the given actor (a SCIM token's label); null for the signed-in user. */
    public void reactivate(UUID personId, long expectedVersion, String actorLabel) {
        requireAdministrator();
        EditablePerson before = people.editable(personId)
                .orElseThrow(() -> InvalidInputException.of("person", "people-admin.person.unknown"));
        if (before.status() == PersonStatus.ACTIVE) {
            return;
        }
        if (people.updateStatus(personId, PersonStatus.ACTIVE, expectedVersion) == 0) {
            throw new ConcurrentEditException("person", personId);
        }
        record(actorLabel, "person.reactivated", personId, Map.of("status", "INACTIVE"), Map.of("status", "ACTIVE"));
    }

    private void record(String actorLabel, String action, UUID personId, Object before, Object after) {
        if (actorLabel == null) {
            audit.record(action, "person", personId, before, after);
        } else {
            audit.recordAs(actorLabel, action, "person", personId, before, after);
        }
    }

    /** Makes a person an HR admin. EMPLOYEE and MANAGER are not granted: they follow from the organisation. */
    public void grantHrAdmin(UUID personId) {
        requireAdministrator();
        if (!people.isActive(personId)) {
            throw InvalidInputException.of("role", "people-admin.person.role.inactive");
        }
        if (people.grantHrAdmin(personId)) {
            audit.record("role.granted", "person", personId, null, Map.of("role", Role.HR_ADMIN.name()));
        }
    }

    /** Takes the HR admin role away; the tenant's last active HR admin keeps it. */
    public void revokeHrAdmin(UUID personId) {
        requireAdministrator();
        List<UUID> admins = people.lockActiveHrAdmins();
        if (admins.contains(personId) && admins.size() == 1) {
            throw InvalidInputException.of("role", "people-admin.person.role.last-hr-admin");
        }
        if (people.revokeHrAdmin(personId)) {
            audit.record("role.revoked", "person", personId, Map.of("role", Role.HR_ADMIN.name()), null);
        }
    }

    /** A person's photo, set by HR admins or by the person themself. */
    public void setPhoto(UUID personId, Photo photo) {
        requireAdministratorOrSelf(personId);
        if (!people.exists(personId)) {
            throw InvalidInputException.of("photo", "people-admin.person.unknown");
        }
        people.savePhoto(personId, photo);
        audit.record("person.photo.changed", "person", personId, null,
                Map.of("contentType", photo.contentType(), "bytes", photo.data().length));
    }

    public void removePhoto(UUID personId) {
        requireAdministratorOrSelf(personId);
        if (people.deletePhoto(personId)) {
            audit.record("person.photo.removed", "person", personId, null, null);
        }
    }

    // ---------------------------------------------------------------- validation

    private PersonFields validated(UUID personId, PersonFields f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String given = trimmed(f.givenName());
        String family = trimmed(f.familyName());
        String email = trimmed(f.email()) == null ? null : trimmed(f.email()).toLowerCase(Locale.ROOT);
        if (given == null) {
            errors.put("givenName", "people-admin.person.given-name.required");
        } else if (given.length() > MAX_NAME) {
            errors.put("givenName", "people-admin.person.field.too-long");
        }
        if (family == null) {
            errors.put("familyName", "people-admin.person.family-name.required");
        } else if (family.length() > MAX_NAME) {
            errors.put("familyName", "people-admin.person.field.too-long");
        }
        if (email == null || !email.matches(PersonFields.EMAIL_PATTERN)) {
            errors.put("email", "people-admin.person.email.invalid");
        } else if (people.findIdByEmail(email).filter(other -> !other.equals(personId)).isPresent()) {
            errors.put("email", "people-admin.person.email.taken");
        }
        for (var text : Map.of("jobTitle", String.valueOf(f.jobTitle()), "location", String.valueOf(f.location()),
                "phone", String.valueOf(f.phone())).entrySet()) {
            if (text.getValue().length() > MAX_TEXT) {
                errors.put(text.getKey(), "people-admin.person.field.too-long");
            }
        }
        if (f.departmentId() != null && !structure.departmentExists(f.departmentId())) {
            errors.put("departmentId", "people-admin.person.department.unknown");
        }
        if (f.teamId() != null) {
            Optional<UUID> teamDepartment = structure.teamDepartment(f.teamId());
            if (teamDepartment.isEmpty()) {
                errors.put("teamId", "people-admin.person.team.unknown");
            } else if (!teamDepartment.get().equals(f.departmentId())) {
                errors.put("teamId", "people-admin.person.team.other-department");
            }
        }
        if (f.managerId() != null) {
            if (f.managerId().equals(personId)) {
                errors.put("managerId", "people-admin.person.manager.self");
            } else if (!people.isActive(f.managerId())) {
                errors.put("managerId", "people-admin.person.manager.unknown");
            } else if (people.managerIdsAbove(f.managerId()).contains(personId)) {
                errors.put("managerId", "people-admin.person.manager.cycle");
            }
        }
        if (f.jobLevelId() != null && f.jobFamilyId() == null) {
            errors.put("jobLevelId", "people-admin.person.level.without-family");
        } else if (f.jobLevelId() != null && !structure.levelBelongsToFamily(f.jobLevelId(), f.jobFamilyId())) {
            errors.put("jobLevelId", "people-admin.person.level.other-family");
        }
        if (f.jobFamilyId() != null && structure.jobFamily(f.jobFamilyId()).isEmpty()) {
            errors.put("jobFamilyId", "people-admin.person.family.unknown");
        }
        if (f.startDate() != null && (f.startDate().isBefore(LocalDate.of(1900, 1, 1))
                || f.startDate().isAfter(LocalDate.now(clock).plusYears(2)))) {
            errors.put("startDate", "people-admin.person.start-date.out-of-range");
        }
        if (f.preferredLocale() != null && !f.preferredLocale().equals("en") && !f.preferredLocale().equals("sv")) {
            errors.put("preferredLocale", "people-admin.person.locale.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonFields(given, family, email, trimmed(f.jobTitle()), f.departmentId(), f.teamId(),
                f.managerId(), f.jobFamilyId(), f.jobLevelId(), trimmed(f.location()), trimmed(f.phone()),
                f.startDate(), f.employmentType(), f.preferredLocale());
    }

    /** The database's last line of defence (cycle trigger, unique email) as a message at the field. */
    static RuntimeException translated(DataAccessException e) {
        Throwable root = e.getMostSpecificCause();
        if (root instanceof java.sql.SQLException sql) {
            if ("KD001".equals(sql.getSQLState())) {
                return InvalidInputException.of("managerId", "people-admin.person.manager.cycle");
            }
            if ("23505".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).contains("email")) {
                return InvalidInputException.of("email", "people-admin.person.email.taken");
            }
        }
        return e;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The signed-in HR admin, or null for system work with an explicit tenant. */
    private KadensUser requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return null;
        }
        if (TenantScope.explicitTenant().isPresent()) {
            return currentUser.get().orElse(null);
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage people");
        }
        return user;
    }

    private void requireAdministratorOrSelf(UUID personId) {
        if (TenantScope.explicitTenant().isPresent()) {
            return;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !(user.has(Role.HR_ADMIN) || user.personId().equals(personId))) {
            throw new AccessDeniedException("only HR admins and the person change a photo");
        }
    }
}
