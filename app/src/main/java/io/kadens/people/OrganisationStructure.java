package io.kadens.people;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and teams (both trees, no cycles) and job families with their ladders of levels.
 * Everyone in the tenant reads them; HR admins change them, audited, with optimistic locking.
 */
@Service
@Transactional
public class OrganisationStructure {

    private final StructureRepository structure;
    private final PeopleRepository people;
    private final CurrentUser currentUser;
    private final PeopleAuditTrail audit;

    OrganisationStructure(StructureRepository structure, PeopleRepository people, CurrentUser currentUser,
                          PeopleAuditTrail audit) {
        this.structure = structure;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<Department> departments() {
        requireTenantUser();
        return structure.departments();
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        requireTenantUser();
        return structure.teams();
    }

    @Transactional(readOnly = true)
    public List<JobFamily> jobFamilies() {
        requireTenantUser();
        return structure.jobFamilies();
    }

    // ---------------------------------------------------------------- departments

    /** Adds a department, at the top or under another; the name is unique in the tenant. */
    public UUID createDepartment(String name, UUID parentId) {
        requireAdministrator();
        String cleaned = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleaned.isEmpty()) {
            errors.put("name", "people-admin.department.name.required");
        } else if (cleaned.length() > PeopleAdministration.MAX_TEXT) {
            errors.put("name", "people-admin.person.field.too-long");
        } else if (structure.departmentNameTaken(cleaned, null)) {
            errors.put("name", "people-admin.department.name.taken");
        }
        if (parentId != null && !structure.departmentExists(parentId)) {
            errors.put("parentId", "people-admin.department.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = people.insertDepartment(cleaned, parentId);
        audit.recordCreation("department.created", "department", id, Map.of("name", cleaned));
        return id;
    }

    /** Renames a department and/or moves it under another (null: to the top). */
    public void updateDepartment(UUID id, String name, UUID parentId, long expectedVersion) {
        requireAdministrator();
        Department before = structure.department(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.department.unknown"));
        String cleaned = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleaned.isEmpty()) {
            errors.put("name", "people-admin.department.name.required");
        } else if (cleaned.length() > PeopleAdministration.MAX_TEXT) {
            errors.put("name", "people-admin.person.field.too-long");
        } else if (structure.departmentNameTaken(cleaned, id)) {
            errors.put("name", "people-admin.department.name.taken");
        }
        if (parentId != null && (parentId.equals(id) || !structure.departmentExists(parentId)
                || structure.departmentIdsAbove(parentId).contains(id))) {
            errors.put("parentId", parentId.equals(id) || structure.departmentExists(parentId)
                    ? "people-admin.department.parent.cycle" : "people-admin.department.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            if (structure.updateDepartment(id, cleaned, parentId, expectedVersion) == 0) {
                throw new ConcurrentEditException("department", id);
            }
        } catch (DataAccessException e) {
            throw treeError(e, "parentId", "people-admin.department.parent.cycle");
        }
        audit.record("department.updated", "department", id, before,
                new Department(id, cleaned, parentId, expectedVersion + 1, before.headcount()));
    }

    /** Deletes a department with no people, teams or sub-departments in it. */
    public void deleteDepartment(UUID id, long expectedVersion) {
        requireAdministrator();
        Department before = structure.department(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.department.unknown"));
        structure.departmentInUse(id).ifPresent(reason -> {
            throw InvalidInputException.of("name", reason);
        });
        if (structure.deleteDepartment(id, expectedVersion) == 0) {
            throw new ConcurrentEditException("department", id);
        }
        audit.record("department.deleted", "department", id, before, null);
    }

    // ---------------------------------------------------------------- teams

    public UUID createTeam(String name, UUID departmentId, UUID parentTeamId, UUID leadId) {
        requireAdministrator();
        String cleaned = checkedTeam(null, name, departmentId, parentTeamId, leadId);
        UUID id = structure.insertTeam(cleaned, departmentId, parentTeamId, leadId);
        audit.recordCreation("team.created", "team", id, new Team(id, cleaned, departmentId, parentTeamId, leadId, null, 0, 0));
        return id;
    }

    /**
     * Renames a team, moves it (to another parent team or department) and sets its lead. Moving a team
     * to another department takes its members' department along, so a person's team and department agree.
     */
    public void updateTeam(UUID id, String name, UUID departmentId, UUID parentTeamId, UUID leadId, long expectedVersion) {
        requireAdministrator();
        Team before = structure.team(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.team.unknown"));
        String cleaned = checkedTeam(id, name, departmentId, parentTeamId, leadId);
        if (!Objects.equals(before.departmentId(), departmentId)
                && structure.teams().stream().anyMatch(t -> id.equals(t.parentTeamId()))) {
            throw InvalidInputException.of("departmentId", "people-admin.team.move.has-teams");
        }
        try {
            if (structure.updateTeam(id, cleaned, departmentId, parentTeamId, leadId, expectedVersion) == 0) {
                throw new ConcurrentEditException("team", id);
            }
        } catch (DataAccessException e) {
            throw treeError(e, "parentTeamId", "people-admin.team.parent.cycle");
        }
        if (!Objects.equals(before.departmentId(), departmentId)) {
            structure.moveTeamMembers(id, departmentId);
        }
        audit.record("team.updated", "team", id, before,
                new Team(id, cleaned, departmentId, parentTeamId, leadId, null, expectedVersion + 1, before.headcount()));
    }

    public void deleteTeam(UUID id, long expectedVersion) {
        requireAdministrator();
        Team before = structure.team(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.team.unknown"));
        structure.teamInUse(id).ifPresent(reason -> {
            throw InvalidInputException.of("name", reason);
        });
        if (structure.deleteTeam(id, expectedVersion) == 0) {
            throw new ConcurrentEditException("team", id);
        }
        audit.record("team.deleted", "team", id, before, null);
    }

    private String checkedTeam(UUID id, String name, UUID departmentId, UUID parentTeamId, UUID leadId) {
        String cleaned = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (departmentId == null || !structure.departmentExists(departmentId)) {
            errors.put("departmentId", "people-admin.team.department.required");
        }
        if (cleaned.isEmpty()) {
            errors.put("name", "people-admin.team.name.required");
        } else if (cleaned.length() > PeopleAdministration.MAX_TEXT) {
            errors.put("name", "people-admin.person.field.too-long");
        } else if (departmentId != null && structure.teamNameTaken(departmentId, cleaned, id)) {
            errors.put("name", "people-admin.team.name.taken");
        }
        if (parentTeamId != null) {
            Optional<UUID> parentDepartment = structure.teamDepartment(parentTeamId);
            if (parentDepartment.isEmpty()) {
                errors.put("parentTeamId", "people-admin.team.unknown");
            } else if (parentTeamId.equals(id) || (id != null && structure.teamIdsAbove(parentTeamId).contains(id))) {
                errors.put("parentTeamId", "people-admin.team.parent.cycle");
            } else if (!parentDepartment.get().equals(departmentId)) {
                errors.put("parentTeamId", "people-admin.team.parent.other-department");
            }
        }
        if (leadId != null && !people.isActive(leadId)) {
            errors.put("leadId", "people-admin.team.lead.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return cleaned;
    }

    // ---------------------------------------------------------------- job families

    public UUID createJobFamily(String name, List<String> levelNames) {
        requireAdministrator();
        String cleaned = checkedFamily(null, name, levelNames);
        UUID id = structure.insertJobFamily(cleaned);
        structure.updateJobFamily(id, cleaned,
                levelNames.stream().map(n -> new JobFamily.JobLevel(null, 0, n.trim())).toList(), 0);
        audit.recordCreation("job_family.created", "job_family", id, Map.of("name", cleaned, "levels", levelNames));
        return id;
    }

    /**
     * Renames a family and replaces its ladder: levels with an id are kept (and re-ranked in list
     * order), levels without one are added, missing ones removed when nobody is on them.
     */
    public void updateJobFamily(UUID id, String name, List<JobFamily.JobLevel> ladder, long expectedVersion) {
        requireAdministrator();
        JobFamily before = structure.jobFamily(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.job-family.unknown"));
        String cleaned = checkedFamily(id, name, ladder.stream().map(JobFamily.JobLevel::name).toList());
        List<UUID> kept = ladder.stream().map(JobFamily.JobLevel::id).filter(Objects::nonNull).toList();
        if (!before.levels().stream().map(JobFamily.JobLevel::id).toList().containsAll(kept)) {
            throw InvalidInputException.of("levels", "people-admin.job-family.level.unknown");
        }
        if (structure.levelsInUse(id, kept)) {
            throw InvalidInputException.of("levels", "people-admin.job-family.level.in-use");
        }
        List<JobFamily.JobLevel> trimmed = ladder.stream()
                .map(l -> new JobFamily.JobLevel(l.id(), l.rank(), l.name().trim())).toList();
        if (structure.updateJobFamily(id, cleaned, trimmed, expectedVersion) == 0) {
            throw new ConcurrentEditException("job-family", id);
        }
        audit.record("job_family.updated", "job_family", id, before, structure.jobFamily(id).orElse(null));
    }

    public void deleteJobFamily(UUID id, long expectedVersion) {
        requireAdministrator();
        JobFamily before = structure.jobFamily(id).orElseThrow(() -> InvalidInputException.of("name", "people-admin.job-family.unknown"));
        if (structure.familyInUse(id)) {
            throw InvalidInputException.of("name", "people-admin.job-family.delete.in-use");
        }
        if (structure.deleteJobFamily(id, expectedVersion) == 0) {
            throw new ConcurrentEditException("job-family", id);
        }
        audit.record("job_family.deleted", "job_family", id, before, null);
    }

    private String checkedFamily(UUID id, String name, List<String> levelNames) {
        String cleaned = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleaned.isEmpty()) {
            errors.put("name", "people-admin.job-family.name.required");
        } else if (cleaned.length() > PeopleAdministration.MAX_TEXT) {
            errors.put("name", "people-admin.person.field.too-long");
        } else if (structure.familyNameTaken(cleaned, id)) {
            errors.put("name", "people-admin.job-family.name.taken");
        }
        var seen = new HashSet<String>();
        for (String level : levelNames) {
            String l = level == null ? "" : level.trim();
            if (l.isEmpty() || l.length() > PeopleAdministration.MAX_TEXT) {
                errors.put("levels", "people-admin.job-family.level.name.required");
            } else if (!seen.add(l.toLowerCase())) {
                errors.put("levels", "people-admin.job-family.level.duplicate");
            }
        }
        if (levelNames.size() > 50) {
            errors.put("levels", "people-admin.job-family.level.too-many");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return cleaned;
    }

    private static RuntimeException treeError(DataAccessException e, String field, String key) {
        Throwable root = e.getMostSpecificCause();
        if (root instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("KD")) {
            return InvalidInputException.of(field, key);
        }
        return e;
    }

    private KadensUser requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return null;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's organisation");
        }
        return user;
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent()) {
            return;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins change the organisation");
        }
    }
}
