package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrgTeam;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a goal's data and what it points at (owner, contributors, organisation, cycle, parent), and works
 * out where the goal belongs. Must run inside a transaction.
 */
@Component
class GoalPlacement {

    private final GoalRepository repository;
    private final GoalCycleRepository cycles;
    private final GoalGuard guard;
    private final OrgFacts orgFacts;

    GoalPlacement(GoalRepository repository, GoalCycleRepository cycles, GoalGuard guard, OrgFacts orgFacts) {
        this.repository = repository;
        this.orgFacts = orgFacts;
        this.cycles = cycles;
        this.guard = guard;
    }

    /** Where a goal belongs: its owner, and the department and team its level puts it in. */
    record Placement(UUID ownerId, UUID departmentId, UUID teamId) {
    }

    static void requireData(GoalData data) {
        if (data == null) {
            throw InvalidInputException.of("title", "goals.title.required");
        }
        new InvalidInputException.Collector()
                .check(data.title() != null && !data.title().isBlank(), "title", "goals.title.required")
                .check(data.title() == null || data.title().strip().length() <= GoalData.MAX_TITLE, "title",
                        "goals.title.too-long")
                .check(data.description().strip().length() <= GoalData.MAX_DESCRIPTION, "description",
                        "goals.description.too-long")
                .check(data.level() != null, "level", "goals.level.required")
                .check(data.kind() != null, "kind", "goals.kind.required")
                .check(data.visibility() != null, "visibility", "goals.visibility.required")
                .check(data.weight() == null || (data.weight().signum() > 0
                        && data.weight().compareTo(BigDecimal.valueOf(1000)) <= 0), "weight", "goals.weight.invalid")
                .check(data.cycleId() != null || (data.startsOn() != null && data.endsOn() != null), "cycleId",
                        "goals.period.required")
                .check(data.cycleId() == null || (data.startsOn() == null && data.endsOn() == null), "cycleId",
                        "goals.period.both")
                .check(data.startsOn() == null || data.endsOn() == null || !data.endsOn().isBefore(data.startsOn()),
                        "endsOn", "goals.period.order")
                .throwIfAny();
    }

    /** Checks what the data points at (owner, organisation, cycle, parent) and where the goal belongs. */
    Placement resolve(Viewer viewer, GoalData data, UUID goalId) {
        UUID ownerId = data.ownerId() == null ? viewer.personId() : data.ownerId();
        var owner = orgFacts.person(ownerId).filter(OrgPerson::active);
        var errors = new InvalidInputException.Collector();
        errors.check(owner.isPresent(), "ownerId", "goals.owner.not-found");
        errors.check(orgFacts.active(data.contributorIds()).size() == data.contributorIds().size(),
                "contributorIds", "goals.contributor.not-found");
        UUID departmentId = null;
        UUID teamId = null;
        switch (data.level()) {
            case COMPANY -> {
            }
            case DEPARTMENT -> {
                departmentId = data.departmentId();
                errors.check(departmentId != null, "departmentId", "goals.department.required");
                errors.check(departmentId == null || orgFacts.department(departmentId).isPresent(),
                        "departmentId", "goals.department.not-found");
            }
            case TEAM -> {
                teamId = data.teamId();
                errors.check(teamId != null, "teamId", "goals.team.required");
                Optional<UUID> teamDepartment = teamId == null ? Optional.empty() : orgFacts.team(teamId).map(OrgTeam::departmentId);
                errors.check(teamId == null || teamDepartment.isPresent(), "teamId", "goals.team.not-found");
                departmentId = teamDepartment.orElse(null);
                errors.check(data.departmentId() == null || departmentId == null
                        || data.departmentId().equals(departmentId), "teamId", "goals.team.department");
            }
            case INDIVIDUAL -> {
                teamId = data.teamId() != null ? data.teamId() : owner.map(OrgPerson::teamId).orElse(null);
                departmentId = data.departmentId() != null ? data.departmentId()
                        : owner.map(OrgPerson::departmentId).orElse(null);
                if (data.teamId() != null) {
                    errors.check(orgFacts.team(teamId).map(OrgTeam::departmentId).isPresent(), "teamId", "goals.team.not-found");
                }
                if (data.departmentId() != null) {
                    errors.check(orgFacts.department(departmentId).isPresent(), "departmentId",
                            "goals.department.not-found");
                }
            }
        }
        if (data.cycleId() != null) {
            Optional<GoalCycle> cycle = cycles.cycle(data.cycleId());
            errors.check(cycle.isPresent(), "cycleId", "goals.cycle.not-found");
            errors.check(cycle.map(c -> !c.closed()).orElse(true), "cycleId", "goals.cycle.closed");
        }
        if (data.parentId() != null) {
            Optional<GoalRow> parent = repository.goal(data.parentId())
                    .filter(row -> guard.maySee(viewer, row));
            errors.check(parent.isPresent(), "parentId", "goals.parent.not-found");
            errors.check(parent.map(row -> row.status() != GoalStatus.CANCELLED).orElse(true), "parentId",
                    "goals.parent.cancelled");
            if (goalId != null && parent.isPresent()) {
                errors.check(!createsCycle(goalId, data.parentId()), "parentId", "goals.parent.cycle");
            }
        }
        errors.throwIfAny();
        return new Placement(ownerId, departmentId, teamId);
    }

    /** Whether aligning {@code goalId} under {@code parentId} closes a loop (walks up from the parent, all goals). */
    private boolean createsCycle(UUID goalId, UUID parentId) {
        Map<UUID, UUID> parents = new HashMap<>();
        for (GoalRow row : repository.allGoals()) {
            parents.put(row.id(), row.parentId());
        }
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(goalId)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }
}
