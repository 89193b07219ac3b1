package io.kadens.rollout;

import io.kadens.audit.AuditLog;
import io.kadens.people.OrgFacts;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's rollout plan (issue 16, steps 6 and 7), kept by HR admins: phases with dates, milestones,
 * pilot groups with the features they pilot and their change champions, and one contact person. Everyone
 * may ask whom to contact ({@link #myContacts()}).
 */
@Service
public class RolloutPlanning {

    /** A group smaller than this (or than the anonymity threshold, when larger) is too small to compare. */
    static final int MIN_COMPARABLE_GROUP = 5;
    /** Step 6 asks for a pilot of at least three months. */
    static final int MIN_PILOT_MONTHS = 3;

    private final RolloutRepository repository;
    private final OrgFacts org;
    private final TenantSettingsService settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    RolloutPlanning(RolloutRepository repository, OrgFacts org, TenantSettingsService settings,
                    CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public RolloutPlan plan() {
        requireHrAdmin();
        var stored = repository.plan();
        List<PhaseDates> phases = repository.phases();
        List<PilotGroup> groups = repository.groups().stream()
                .map(row -> new PilotGroup(row.id(), row.version(), row.data(), members(row.data()).size()))
                .toList();
        return new RolloutPlan(stored.map(RolloutRepository.PlanRow::version).orElse(0L),
                stored.map(RolloutRepository.PlanRow::contactPersonId).orElse(null), phases, repository.milestones(),
                groups, warnings(groups, phases),
                // the organisation's day, which the phases' dates are in
                currentPhase(phases, settings.todayAt(clock)));
    }

    /** The phase running on this day: of the phases whose dates include it, the one that started last. */
    static Optional<RolloutPhase> currentPhase(List<PhaseDates> phases, LocalDate day) {
        return phases.stream().filter(phase -> phase.includes(day))
                .max(Comparator.comparing(PhaseDates::startsOn).thenComparing(PhaseDates::phase))
                .map(PhaseDates::phase);
    }

    List<PilotWarning> warnings(List<PilotGroup> groups, List<PhaseDates> phases) {
        List<PilotWarning> warnings = new ArrayList<>();
        Map<DepartmentKind, List<UUID>> byKind = new EnumMap<>(DepartmentKind.class);
        groups.forEach(group -> byKind.computeIfAbsent(group.data().departmentKind(), k -> new ArrayList<>()).add(group.id()));
        byKind.forEach((kind, ids) -> {
            if (ids.size() > 1 && kind != DepartmentKind.OTHER) {
                warnings.add(new PilotWarning(PilotWarning.Kind.SAME_DEPARTMENT_KIND, List.copyOf(ids), ids.size()));
            }
        });
        int smallest = Math.max(MIN_COMPARABLE_GROUP, settings.current().anonymityThreshold());
        groups.stream().filter(group -> group.size() < smallest).forEach(group ->
                warnings.add(new PilotWarning(PilotWarning.Kind.TOO_SMALL, List.of(group.id()), group.size())));
        if (groups.size() == 1) {
            warnings.add(new PilotWarning(PilotWarning.Kind.SINGLE_GROUP, List.of(groups.getFirst().id()), 1));
        }
        phases.stream().filter(phase -> phase.phase() == RolloutPhase.PILOT && phase.endsOn() != null)
                .filter(pilot -> pilot.startsOn().plusMonths(MIN_PILOT_MONTHS).isAfter(pilot.endsOn()))
                .forEach(pilot -> warnings.add(new PilotWarning(PilotWarning.Kind.SHORT_PILOT, List.of(),
                        (int) ChronoUnit.DAYS.between(pilot.startsOn(), pilot.endsOn()) + 1)));
        return warnings;
    }

    /** The active people of a group: its chosen people plus everyone in its departments and teams (and below). */
    Set<UUID> members(PilotGroupData group) {
        Set<UUID> members = new HashSet<>(org.activePeopleIn(group.departmentIds(), group.teamIds()));
        members.addAll(org.active(group.personIds()));
        return members;
    }

    /** The tenant's contact person and the champions of the groups the signed-in person belongs to. */
    @Transactional(readOnly = true)
    public RolloutContacts myContacts() {
        KadensUser user = requireTenantUser();
        UUID contact = repository.plan().map(RolloutRepository.PlanRow::contactPersonId).orElse(null);
        List<RolloutRepository.GroupRow> mine = repository.groups().stream()
                .filter(group -> members(group.data()).contains(user.personId())).toList();
        Set<UUID> named = new HashSet<>();
        if (contact != null) {
            named.add(contact);
        }
        mine.forEach(group -> named.addAll(group.data().championIds()));
        Map<UUID, String> names = org.names(named);
        List<RolloutContacts.Champion> champions = mine.stream()
                .flatMap(group -> group.data().championIds().stream().filter(names::containsKey)
                        .map(id -> new RolloutContacts.Champion(id, names.get(id), group.id(), group.data().name())))
                .sorted(Comparator.comparing(RolloutContacts.Champion::name))
                .toList();
        return new RolloutContacts(contact, contact == null ? null : names.get(contact), champions);
    }

    // ------------------------------------------------------------------ contact person and phases

    /** Names the tenant's contact person (or none); returns the plan's new version. */
    @Transactional
    public long setContactPerson(UUID personId, long expectedVersion) {
        requireHrAdmin();
        requireActivePeople(personId == null ? Set.of() : Set.of(personId));
        if (!repository.savePlan(expectedVersion, personId)) {
            throw new ConcurrentEditException("rollout_plan", "plan");
        }
        audit.record("rollout.contact.set", "rollout_plan", "plan", null, personId);
        return expectedVersion + 1;
    }

    /**
     * Replaces the phase dates. Each phase at most once, a start date for each, an end not before the start,
     * and the phases in order (planning before the pilot before the rollout). Returns the plan's new version.
     */
    @Transactional
    public long setPhases(List<PhaseDates> phases, long expectedVersion) {
        requireHrAdmin();
        List<PhaseDates> given = phases == null ? List.of() : phases;
        var errors = new InvalidInputException.Collector();
        Map<RolloutPhase, PhaseDates> byPhase = new EnumMap<>(RolloutPhase.class);
        for (PhaseDates phase : given) {
            errors.check(phase != null && phase.phase() != null && phase.startsOn() != null, "phases",
                    "rollout.error.phase.start");
            if (phase == null || phase.phase() == null || phase.startsOn() == null) {
                continue;
            }
            errors.check(byPhase.put(phase.phase(), phase) == null, "phases", "rollout.error.phase.twice");
            errors.check(phase.endsOn() == null || !phase.endsOn().isBefore(phase.startsOn()),
                    phase.phase().name().toLowerCase(java.util.Locale.ROOT), "rollout.error.phase.end");
        }
        PhaseDates previous = null;
        for (PhaseDates phase : byPhase.values()) {
            if (previous != null) {
                errors.check(phase.startsOn().isAfter(previous.startsOn()), phase.phase().name().toLowerCase(
                        java.util.Locale.ROOT), "rollout.error.phase.order");
            }
            previous = phase;
        }
        errors.throwIfAny();
        UUID contact = repository.plan().map(RolloutRepository.PlanRow::contactPersonId).orElse(null);
        if (!repository.savePlan(expectedVersion, contact)) {
            throw new ConcurrentEditException("rollout_plan", "plan");
        }
        repository.replacePhases(List.copyOf(byPhase.values()));
        audit.record("rollout.phases.set", "rollout_plan", "plan", null, byPhase.values());
        return expectedVersion + 1;
    }

    // ------------------------------------------------------------------ milestones

    @Transactional
    public UUID addMilestone(MilestoneData data) {
        requireHrAdmin();
        validate(data);
        UUID id = UUID.randomUUID();
        repository.insertMilestone(id, data);
        audit.record("rollout.milestone.created", "rollout_milestone", id.toString(), null, data);
        return id;
    }

    @Transactional
    public void updateMilestone(UUID id, long expectedVersion, MilestoneData data) {
        requireHrAdmin();
        if (!repository.milestoneExists(id)) {
            throw new ResourceNotFoundException("rollout_milestone", id);
        }
        validate(data);
        if (!repository.updateMilestone(id, expectedVersion, data)) {
            throw new ConcurrentEditException("rollout_milestone", id);
        }
        audit.record("rollout.milestone.updated", "rollout_milestone", id.toString(), null, data);
    }

    @Transactional
    public void deleteMilestone(UUID id) {
        requireHrAdmin();
        if (!repository.deleteMilestone(id)) {
            throw new ResourceNotFoundException("rollout_milestone", id);
        }
        audit.record("rollout.milestone.deleted", "rollout_milestone", id.toString(), null, null);
    }

    private static void validate(MilestoneData data) {
        new InvalidInputException.Collector()
                .check(data != null && data.phase() != null, "phase", "rollout.error.milestone.phase")
                .check(data != null && data.title() != null && !data.title().isBlank() && data.title().length() <= 200,
                        "title", "rollout.error.milestone.title")
                .check(data != null && data.dueOn() != null, "dueOn", "rollout.error.milestone.due")
                .throwIfAny();
    }

    // ------------------------------------------------------------------ pilot groups

    @Transactional
    public UUID createGroup(PilotGroupData data) {
        requireHrAdmin();
        validate(null, data);
        UUID id = UUID.randomUUID();
        repository.insertGroup(id, data);
        audit.record("rollout.group.created", "pilot_group", id.toString(), null, data);
        return id;
    }

    @Transactional
    public void updateGroup(UUID id, long expectedVersion, PilotGroupData data) {
        requireHrAdmin();
        if (!repository.groupExists(id)) {
            throw new ResourceNotFoundException("pilot_group", id);
        }
        validate(id, data);
        if (!repository.updateGroup(id, expectedVersion, data)) {
            throw new ConcurrentEditException("pilot_group", id);
        }
        audit.record("rollout.group.updated", "pilot_group", id.toString(), null, data);
    }

    @Transactional
    public void deleteGroup(UUID id) {
        requireHrAdmin();
        if (!repository.deleteGroup(id)) {
            throw new ResourceNotFoundException("pilot_group", id);
        }
        audit.record("rollout.group.deleted", "pilot_group", id.toString(), null, null);
    }

    private void validate(UUID id, PilotGroupData data) {
        var errors = new InvalidInputException.Collector();
        if (data == null) {
            errors.check(false, "name", "rollout.error.group.name").throwIfAny();
            return;
        }
        boolean named = data.name() != null && !data.name().isBlank() && data.name().strip().length() <= 120;
        errors.check(named, "name", "rollout.error.group.name");
        if (named) {
            errors.check(repository.groupNamed(data.name()).filter(other -> !other.equals(id)).isEmpty(), "name",
                    "rollout.error.group.name.taken");
        }
        errors.check(data.departmentKind() != null, "departmentKind", "rollout.error.group.kind");
        errors.check(data.hasMembers(), "members", "rollout.error.group.members");
        errors.throwIfAny();
        // Ids that are not the tenant's (another tenant's, say) answer as unknown: 404, as everywhere in the API.
        Set<UUID> departments = org.departments(data.departmentIds()).keySet();
        data.departmentIds().stream().filter(department -> !departments.contains(department)).findFirst()
                .ifPresent(department -> {
                    throw new ResourceNotFoundException("department", department);
                });
        Set<UUID> teams = org.teams(data.teamIds()).keySet();
        data.teamIds().stream().filter(team -> !teams.contains(team)).findFirst().ifPresent(team -> {
            throw new ResourceNotFoundException("team", team);
        });
        requireActivePeople(data.personIds());
        requireActivePeople(data.championIds());
    }

    private void requireActivePeople(Set<UUID> ids) {
        Set<UUID> active = org.active(ids);
        ids.stream().filter(id -> !active.contains(id)).findFirst().ifPresent(id -> {
            throw new ResourceNotFoundException("employee", id);
        });
    }

    // ------------------------------------------------------------------ access

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's rollout");
        }
        return user;
    }

    private void requireHrAdmin() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins plan the rollout");
        }
    }
}
