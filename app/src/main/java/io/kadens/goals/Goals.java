package io.kadens.goals;

import io.kadens.audit.AuditLog;
import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalPlacement.Placement;
import io.kadens.goals.GoalRepository.ApprovalDecision;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.GoalRepository.HealthOverrideStamp;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgTeam;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TransactionTenant;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The life of a goal for the signed-in user: creating, editing, moving through its statuses, deleting a
 * draft, overriding its health, and the approval of individual goals; the tenant's policy and the
 * visibility rules are enforced here (docs/decisions/2026-11-27-goals-*.md). Key results and check-ins are
 * {@link GoalTracking}'s, the discussion {@link GoalDiscussion}'s, copying {@link GoalCopying}'s, and reading
 * {@link GoalQueries}' and {@link StaleGoals}'.
 *
 * <p>A goal the user may not see answers exactly like a missing one ({@link GoalNotFoundException},
 * {@code goals.goal.not-found}). Writes throw {@link InvalidInputException} (field → i18n key) and
 * {@link ConcurrentEditException} (someone saved since the given version); a visible goal the user may
 * not change is an {@link AccessDeniedException}. Every goal is one chunk in the knowledge index (source
 * type {@value #SOURCE_TYPE}), kept by a listener on {@link GoalCreated}, {@link GoalUpdated} and
 * {@link GoalDeleted}.
 */
@Service
public class Goals {

    public static final String SOURCE_TYPE = "goal";

    static final int MAX_APPROVAL_COMMENT = 2000;
    static final int MAX_OVERRIDE_REASON = 1000;

    private final GoalRepository repository;
    private final GoalGuard guard;
    private final GoalAccess access;
    private final GoalPlacement placements;
    private final TenantSettingsService tenantSettings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OrgFacts orgFacts;
    private final TransactionTenant tenant;

    Goals(GoalRepository repository, GoalGuard guard, GoalAccess access, GoalPlacement placements,
          TenantSettingsService tenantSettings, AuditLog audit, ApplicationEventPublisher events, OrgFacts orgFacts,
          TransactionTenant tenant) {
        this.orgFacts = orgFacts;
        this.tenant = tenant;
        this.repository = repository;
        this.guard = guard;
        this.access = access;
        this.placements = placements;
        this.tenantSettings = tenantSettings;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------ policy hints for the UI

    /** The levels at which the current user may create goals now (for individual: their own). */
    public Set<GoalLevel> levelsICanCreate() {
        return guard.read(viewer -> {
            TenantSettings settings = tenantSettings.current();
            Set<GoalLevel> levels = EnumSet.of(GoalLevel.INDIVIDUAL);
            if (access.mayCreate(viewer, settings, GoalLevel.COMPANY, null, null, null)) {
                levels.add(GoalLevel.COMPANY);
            }
            if (viewer.leadership() || access.mayCreate(viewer, settings, GoalLevel.DEPARTMENT, viewer.departmentId(),
                    null, null)) {
                levels.add(GoalLevel.DEPARTMENT);
            }
            boolean anyTeam = viewer.leadership() || viewer.ledTeams().stream().anyMatch(team ->
                    access.mayCreate(viewer, settings, GoalLevel.TEAM, orgFacts.team(team).map(OrgTeam::departmentId).orElse(null),
                            team, null))
                    || (viewer.departmentId() != null && access.mayCreate(viewer, settings, GoalLevel.TEAM,
                    viewer.departmentId(), null, null));
            if (anyTeam) {
                levels.add(GoalLevel.TEAM);
            }
            return levels;
        });
    }

    // ------------------------------------------------------------------ goals

    /** Creates a goal in DRAFT; returns its id. */
    public UUID create(GoalData data) {
        return guard.write(viewer -> createAs(viewer, data, guard.now()));
    }

    /** The demo seed's and copying's way in: acts as the given viewer, at the given time. */
    UUID createAs(Viewer viewer, GoalData data, Instant now) {
        GoalPlacement.requireData(data);
        TenantSettings settings = tenantSettings.current();
        Placement placement = placements.resolve(viewer, data, null);
        access.requireMayCreate(viewer, settings, data.level(), placement.departmentId(), placement.teamId(),
                placement.ownerId());
        UUID id = UUID.randomUUID();
        repository.insertGoal(id, data, placement.departmentId(), placement.teamId(), placement.ownerId(),
                viewer.personId(), ApprovalState.NOT_REQUIRED, now);
        audit.record("goal.created", "goal", id.toString(), null, data);
        events.publishEvent(new GoalCreated(tenant.require().value(), id, data.level(), placement.ownerId(),
                viewer.personId()));
        return id;
    }

    public void update(UUID goalId, long expectedVersion, GoalData data) {
        guard.write(viewer -> {
            GoalPlacement.requireData(data);
            GoalRow goal = guard.editable(viewer, goalId);
            TenantSettings settings = tenantSettings.current();
            Placement placement = placements.resolve(viewer, data, goalId);
            boolean moved = goal.level() != data.level() || !Objects.equals(goal.departmentId(), placement.departmentId())
                    || !Objects.equals(goal.teamId(), placement.teamId())
                    || !goal.ownerId().equals(placement.ownerId());
            if (moved) {
                access.requireMayCreate(viewer, settings, data.level(), placement.departmentId(), placement.teamId(),
                        placement.ownerId());
            }
            if (!repository.updateGoal(goalId, expectedVersion, data, placement.departmentId(), placement.teamId(),
                    placement.ownerId(), guard.now())) {
                throw new ConcurrentEditException("goal", goalId);
            }
            audit.record("goal.updated", "goal", goalId.toString(), goal, data);
            events.publishEvent(new GoalUpdated(tenant.require().value(), goalId));
            return null;
        });
    }

    /**
     * Moves a goal to another status as {@link GoalStatus#canMoveTo} allows. DRAFT → ACTIVE of an individual
     * goal that needs approval is the approver's (it counts as approval); the owner submits it instead
     * ({@link #submitForApproval}).
     */
    public void changeStatus(UUID goalId, long expectedVersion, GoalStatus status) {
        guard.write(viewer -> {
            changeStatusAs(viewer, goalId, expectedVersion, status, guard.now());
            return null;
        });
    }

    void changeStatusAs(Viewer viewer, UUID goalId, long expectedVersion, GoalStatus status, Instant now) {
        if (status == null) {
            throw InvalidInputException.of("status", "goals.status.required");
        }
        GoalRow goal = guard.editable(viewer, goalId);
        if (!goal.status().canMoveTo(status)) {
            throw InvalidInputException.of("status", "goals.status.transition");
        }
        boolean approving = goal.status() == GoalStatus.DRAFT && status == GoalStatus.ACTIVE
                && access.needsApproval(tenantSettings.current(), goal.level())
                && goal.approval() != ApprovalState.APPROVED;
        if (approving && (!access.mayApprove(viewer, goal) || goal.ownerId().equals(viewer.personId()))) {
            throw InvalidInputException.of("status", "goals.status.needs-approval");
        }
        boolean saved = approving
                ? repository.activateApproved(goalId, expectedVersion, viewer.personId(), now)
                : repository.setStatus(goalId, expectedVersion, status, now);
        if (!saved) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.status", "goal", goalId.toString(), Map.of("status", goal.status()),
                Map.of("status", status));
    }

    /** Deletes a goal still in DRAFT (and its key results); other goals are cancelled instead. */
    public void deleteDraft(UUID goalId, long expectedVersion) {
        guard.write(viewer -> {
            GoalRow goal = guard.editable(viewer, goalId);
            if (goal.status() != GoalStatus.DRAFT) {
                throw InvalidInputException.of("status", "goals.delete.not-draft");
            }
            if (repository.hasChildren(goalId)) {
                throw InvalidInputException.of("goal", "goals.delete.has-children");
            }
            if (!repository.deleteGoal(goalId, expectedVersion)) {
                throw new ConcurrentEditException("goal", goalId);
            }
            audit.record("goal.deleted", "goal", goalId.toString(), goal, null);
            events.publishEvent(new GoalDeleted(tenant.require().value(), goalId));
            return null;
        });
    }

    /** Overrides the computed health with a reason (required); {@code health} null removes the override. */
    public void overrideHealth(UUID goalId, long expectedVersion, Health health, String reason) {
        guard.write(viewer -> {
            overrideHealthAs(viewer, goalId, expectedVersion, health, reason, guard.now());
            return null;
        });
    }

    void overrideHealthAs(Viewer viewer, UUID goalId, long expectedVersion, Health health, String reason,
                          Instant now) {
        GoalRow goal = guard.editable(viewer, goalId);
        if (health != null) {
            new InvalidInputException.Collector()
                    .check(reason != null && !reason.isBlank(), "reason", "goals.health.reason.required")
                    .check(reason == null || reason.strip().length() <= MAX_OVERRIDE_REASON, "reason",
                            "goals.health.reason.too-long")
                    .throwIfAny();
        }
        HealthOverrideStamp override = health == null ? null
                : new HealthOverrideStamp(health, reason.strip(), viewer.personId(), now);
        if (!repository.setHealthOverride(goalId, expectedVersion, override, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.health.override", "goal", goalId.toString(),
                goal.override() == null ? null : Map.of("health", goal.override(), "reason", goal.overrideReason()),
                health == null ? null : Map.of("health", health, "reason", reason.strip()));
    }

    // ------------------------------------------------------------------ approval of individual goals

    /** The owner (or their manager chain) asks for approval: a DRAFT not yet pending → PENDING. */
    public void submitForApproval(UUID goalId, long expectedVersion) {
        guard.write(viewer -> {
            submitAs(viewer, goalId, expectedVersion, guard.now());
            return null;
        });
    }

    void submitAs(Viewer viewer, UUID goalId, long expectedVersion, Instant now) {
        GoalRow goal = guard.editable(viewer, goalId);
        if (!access.needsApproval(tenantSettings.current(), goal.level())) {
            throw InvalidInputException.of("approval", "goals.approval.not-needed");
        }
        if (goal.status() != GoalStatus.DRAFT || !goal.approval().maySubmit()) {
            throw InvalidInputException.of("status", "goals.status.transition");
        }
        if (!repository.submitForApproval(goalId, expectedVersion, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.approval.submitted", "goal", goalId.toString(), null, null);
    }

    /** Someone in the owner's manager chain (or an HR admin) approves: the goal becomes ACTIVE. */
    public void approve(UUID goalId, long expectedVersion, String comment) {
        guard.write(viewer -> {
            decide(viewer, goalId, expectedVersion, comment, true, guard.now());
            return null;
        });
    }

    /** Returns the goal to its owner with a comment (required); it stays a draft. */
    public void returnForChanges(UUID goalId, long expectedVersion, String comment) {
        guard.write(viewer -> {
            decide(viewer, goalId, expectedVersion, comment, false, guard.now());
            return null;
        });
    }

    void decide(Viewer viewer, UUID goalId, long expectedVersion, String comment, boolean approved, Instant now) {
        GoalRow goal = guard.visible(viewer, goalId);
        if (!access.mayApprove(viewer, goal) || goal.ownerId().equals(viewer.personId())) {
            throw new AccessDeniedException("only the owner's managers and HR admins approve a goal");
        }
        if (!goal.approval().awaitsDecision()) {
            throw InvalidInputException.of("approval", "goals.approval.not-pending");
        }
        String text = comment == null ? "" : comment.strip();
        new InvalidInputException.Collector()
                .check(approved || !text.isEmpty(), "comment", "goals.approval.comment.required")
                .check(text.length() <= MAX_APPROVAL_COMMENT, "comment", "goals.approval.comment.too-long")
                .throwIfAny();
        GoalGuard.requireOpenCycle(goal);
        ApprovalDecision decision = new ApprovalDecision(ApprovalState.decided(approved),
                approved ? GoalStatus.ACTIVE : GoalStatus.DRAFT, text.isEmpty() ? null : text, viewer.personId(), now);
        if (!repository.recordDecision(goalId, expectedVersion, decision, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        if (!text.isEmpty()) {
            repository.insertComment(UUID.randomUUID(), goalId, viewer.personId(), text, now);
        }
        audit.record(approved ? "goal.approval.approved" : "goal.approval.returned", "goal", goalId.toString(), null,
                text.isEmpty() ? null : Map.of("comment", text));
    }
}
