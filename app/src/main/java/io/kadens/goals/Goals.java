package io.kadens.goals;

import static io.kadens.db.Tables.GOAL;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.IndexProgress;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.SourceRef;
import io.kadens.audit.AuditLog;
import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.GoalRepository.KeyResultRow;
import io.kadens.goals.GoalRepository.MilestoneRow;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goals, key results, milestones, check-ins, discussion and approvals for the signed-in user, with the
 * tenant's policy and the visibility rules enforced here (docs/decisions/2026-11-27-goals-*.md).
 * A goal the user may not see answers exactly like a missing one ({@link GoalNotFoundException},
 * {@code goals.goal.not-found}). Writes throw {@link InvalidInputException} (field → i18n key) and
 * {@link ConcurrentEditException} (someone saved since the given version); a visible goal the user may
 * not change is an {@link AccessDeniedException}. Every goal is one chunk in the knowledge index
 * (source type {@value #SOURCE_TYPE}), written in the same transaction as the goal.
 */
@Service
public class Goals {

    public static final String SOURCE_TYPE = "goal";

    /** Values of numeric key results stay below this magnitude (the column holds 14 digits before the point). */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e13");
    static final int MAX_APPROVAL_COMMENT = 2000;
    static final int MAX_OVERRIDE_REASON = 1000;

    private final GoalRepository repository;
    private final GoalAccess access;
    private final TenantSettingsService tenantSettings;
    private final KnowledgeIndex index;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    Goals(GoalRepository repository, GoalAccess access, TenantSettingsService tenantSettings, KnowledgeIndex index,
          AuditLog audit, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock,
          PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.access = access;
        this.tenantSettings = tenantSettings;
        this.index = index;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    private <T> T write(Function<Viewer, T> work) {
        return transactions.execute(status -> work.apply(access.current()));
    }

    private <T> T read(Function<Viewer, T> work) {
        return reads.execute(status -> work.apply(access.current()));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today(TenantSettings settings) {
        return LocalDate.ofInstant(now(), ZoneId.of(settings.timeZone()));
    }

    // ------------------------------------------------------------------ policy hints for the UI

    /** The levels at which the current user may create goals now (for individual: their own). */
    public Set<GoalLevel> levelsICanCreate() {
        return read(viewer -> {
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
                    access.mayCreate(viewer, settings, GoalLevel.TEAM, repository.teamDepartment(team).orElse(null),
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
        return write(viewer -> createAs(viewer, data, now()));
    }

    /** The demo seed's way in: acts as the given person (their stored roles), at the given time. */
    UUID createAs(Viewer viewer, GoalData data, Instant now) {
        requireData(data);
        TenantSettings settings = tenantSettings.current();
        Placement placement = resolve(viewer, data, null);
        access.requireMayCreate(viewer, settings, data.level(), placement.departmentId(), placement.teamId(),
                placement.ownerId());
        UUID id = UUID.randomUUID();
        repository.insertGoal(id, data, placement.departmentId(), placement.teamId(), placement.ownerId(),
                viewer.personId(), ApprovalState.NOT_REQUIRED, now);
        reindex(id, settings);
        audit.record("goal.created", "goal", id.toString(), null, data);
        events.publishEvent(new GoalCreated(repository.boundTenant(), id, data.level(), placement.ownerId(),
                viewer.personId()));
        return id;
    }

    public void update(UUID goalId, long expectedVersion, GoalData data) {
        write(viewer -> {
            requireData(data);
            GoalRow goal = editable(viewer, goalId);
            TenantSettings settings = tenantSettings.current();
            Placement placement = resolve(viewer, data, goalId);
            boolean moved = goal.level() != data.level() || !Objects.equals(goal.departmentId(), placement.departmentId())
                    || !Objects.equals(goal.teamId(), placement.teamId())
                    || !goal.ownerId().equals(placement.ownerId());
            if (moved) {
                access.requireMayCreate(viewer, settings, data.level(), placement.departmentId(), placement.teamId(),
                        placement.ownerId());
            }
            if (!repository.updateGoal(goalId, expectedVersion, data, placement.departmentId(), placement.teamId(),
                    placement.ownerId(), now())) {
                throw new ConcurrentEditException("goal", goalId);
            }
            reindex(goalId, settings);
            audit.record("goal.updated", "goal", goalId.toString(), goal, data);
            return null;
        });
    }

    /**
     * Moves a goal to another status: DRAFT → ACTIVE or CANCELLED; ACTIVE → ACHIEVED, MISSED or CANCELLED;
     * a closed goal back to ACTIVE. DRAFT → ACTIVE of an individual goal that needs approval is the
     * approver's (it counts as approval); the owner submits it instead ({@link #submitForApproval}).
     */
    public void changeStatus(UUID goalId, long expectedVersion, GoalStatus status) {
        write(viewer -> {
            changeStatusAs(viewer, goalId, expectedVersion, status, now());
            return null;
        });
    }

    void changeStatusAs(Viewer viewer, UUID goalId, long expectedVersion, GoalStatus status, Instant now) {
        if (status == null) {
            throw InvalidInputException.of("status", "goals.status.required");
        }
        GoalRow goal = editable(viewer, goalId);
        if (!allowedTransition(goal.status(), status)) {
            throw InvalidInputException.of("status", "goals.status.transition");
        }
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        changes.put(GOAL.STATUS, status.name());
        if (goal.status() == GoalStatus.DRAFT && status == GoalStatus.ACTIVE
                && access.needsApproval(tenantSettings.current(), goal.level())
                && goal.approval() != ApprovalState.APPROVED) {
            if (!access.mayApprove(viewer, goal) || goal.ownerId().equals(viewer.personId())) {
                throw InvalidInputException.of("status", "goals.status.needs-approval");
            }
            changes.put(GOAL.APPROVAL, ApprovalState.APPROVED.name());
            changes.put(GOAL.APPROVAL_BY, viewer.personId());
            changes.put(GOAL.APPROVAL_AT, GoalRepository.at(now));
        }
        if (!repository.updateGoalFields(goalId, expectedVersion, changes, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.status", "goal", goalId.toString(), Map.of("status", goal.status()),
                Map.of("status", status));
    }

    static boolean allowedTransition(GoalStatus from, GoalStatus to) {
        return switch (from) {
            case DRAFT -> to == GoalStatus.ACTIVE || to == GoalStatus.CANCELLED;
            case ACTIVE -> to == GoalStatus.ACHIEVED || to == GoalStatus.MISSED || to == GoalStatus.CANCELLED;
            case ACHIEVED, MISSED, CANCELLED -> to == GoalStatus.ACTIVE;
        };
    }

    /** Deletes a goal still in DRAFT (and its key results); other goals are cancelled instead. */
    public void deleteDraft(UUID goalId, long expectedVersion) {
        write(viewer -> {
            GoalRow goal = editable(viewer, goalId);
            if (goal.status() != GoalStatus.DRAFT) {
                throw InvalidInputException.of("status", "goals.delete.not-draft");
            }
            if (repository.hasChildren(goalId)) {
                throw InvalidInputException.of("goal", "goals.delete.has-children");
            }
            if (!repository.deleteGoal(goalId, expectedVersion)) {
                throw new ConcurrentEditException("goal", goalId);
            }
            index.deleteSource(SourceRef.of(SOURCE_TYPE, goalId));
            audit.record("goal.deleted", "goal", goalId.toString(), goal, null);
            return null;
        });
    }

    /** Overrides the computed health with a reason (required); {@code health} null removes the override. */
    public void overrideHealth(UUID goalId, long expectedVersion, Health health, String reason) {
        write(viewer -> {
            overrideHealthAs(viewer, goalId, expectedVersion, health, reason, now());
            return null;
        });
    }

    void overrideHealthAs(Viewer viewer, UUID goalId, long expectedVersion, Health health, String reason,
                          Instant now) {
        GoalRow goal = editable(viewer, goalId);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        if (health == null) {
            changes.put(GOAL.HEALTH_OVERRIDE, null);
            changes.put(GOAL.HEALTH_OVERRIDE_REASON, null);
            changes.put(GOAL.HEALTH_OVERRIDE_BY, null);
            changes.put(GOAL.HEALTH_OVERRIDE_AT, null);
        } else {
            new InvalidInputException.Collector()
                    .check(reason != null && !reason.isBlank(), "reason", "goals.health.reason.required")
                    .check(reason == null || reason.strip().length() <= MAX_OVERRIDE_REASON, "reason",
                            "goals.health.reason.too-long")
                    .throwIfAny();
            changes.put(GOAL.HEALTH_OVERRIDE, health.name());
            changes.put(GOAL.HEALTH_OVERRIDE_REASON, reason.strip());
            changes.put(GOAL.HEALTH_OVERRIDE_BY, viewer.personId());
            changes.put(GOAL.HEALTH_OVERRIDE_AT, GoalRepository.at(now));
        }
        if (!repository.updateGoalFields(goalId, expectedVersion, changes, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.health.override", "goal", goalId.toString(),
                goal.override() == null ? null : Map.of("health", goal.override(), "reason", goal.overrideReason()),
                health == null ? null : Map.of("health", health, "reason", reason.strip()));
    }

    // ------------------------------------------------------------------ approval of individual goals

    /** The owner (or their manager chain) asks for approval: a DRAFT not yet pending → PENDING. */
    public void submitForApproval(UUID goalId, long expectedVersion) {
        write(viewer -> {
            submitAs(viewer, goalId, expectedVersion, now());
            return null;
        });
    }

    void submitAs(Viewer viewer, UUID goalId, long expectedVersion, Instant now) {
        GoalRow goal = editable(viewer, goalId);
        if (!access.needsApproval(tenantSettings.current(), goal.level())) {
            throw InvalidInputException.of("approval", "goals.approval.not-needed");
        }
        if (goal.status() != GoalStatus.DRAFT || goal.approval() == ApprovalState.PENDING
                || goal.approval() == ApprovalState.APPROVED) {
            throw InvalidInputException.of("status", "goals.status.transition");
        }
        if (!repository.updateGoalFields(goalId, expectedVersion,
                Map.of(GOAL.APPROVAL, ApprovalState.PENDING.name()), now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        audit.record("goal.approval.submitted", "goal", goalId.toString(), null, null);
    }

    /** Someone in the owner's manager chain (or an HR admin) approves: the goal becomes ACTIVE. */
    public void approve(UUID goalId, long expectedVersion, String comment) {
        write(viewer -> {
            decide(viewer, goalId, expectedVersion, comment, true, now());
            return null;
        });
    }

    /** Returns the goal to its owner with a comment (required); it stays a draft. */
    public void returnForChanges(UUID goalId, long expectedVersion, String comment) {
        write(viewer -> {
            decide(viewer, goalId, expectedVersion, comment, false, now());
            return null;
        });
    }

    void decide(Viewer viewer, UUID goalId, long expectedVersion, String comment, boolean approved, Instant now) {
        GoalRow goal = visible(viewer, goalId);
        if (!access.mayApprove(viewer, goal) || goal.ownerId().equals(viewer.personId())) {
            throw new AccessDeniedException("only the owner's managers and HR admins approve a goal");
        }
        if (goal.approval() != ApprovalState.PENDING) {
            throw InvalidInputException.of("approval", "goals.approval.not-pending");
        }
        String text = comment == null ? "" : comment.strip();
        new InvalidInputException.Collector()
                .check(approved || !text.isEmpty(), "comment", "goals.approval.comment.required")
                .check(text.length() <= MAX_APPROVAL_COMMENT, "comment", "goals.approval.comment.too-long")
                .throwIfAny();
        requireOpenCycle(goal);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        changes.put(GOAL.APPROVAL, (approved ? ApprovalState.APPROVED : ApprovalState.RETURNED).name());
        changes.put(GOAL.STATUS, (approved ? GoalStatus.ACTIVE : GoalStatus.DRAFT).name());
        changes.put(GOAL.APPROVAL_COMMENT, text.isEmpty() ? null : text);
        changes.put(GOAL.APPROVAL_BY, viewer.personId());
        changes.put(GOAL.APPROVAL_AT, GoalRepository.at(now));
        if (!repository.updateGoalFields(goalId, expectedVersion, changes, now)) {
            throw new ConcurrentEditException("goal", goalId);
        }
        if (!text.isEmpty()) {
            repository.insertComment(UUID.randomUUID(), goalId, viewer.personId(), text, now);
        }
        audit.record(approved ? "goal.approval.approved" : "goal.approval.returned", "goal", goalId.toString(), null,
                text.isEmpty() ? null : Map.of("comment", text));
    }

    /** Goals waiting for the current user's approval (owners below them in the reporting line). */
    public List<GoalSummary> pendingApprovals() {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            return snapshot.visible().stream()
                    .filter(goal -> goal.approval() == ApprovalState.PENDING && viewer.isAbove(goal.ownerId()))
                    .map(snapshot::summary).toList();
        });
    }

    // ------------------------------------------------------------------ key results and milestones

    public UUID addKeyResult(UUID goalId, KeyResultData data) {
        return write(viewer -> addKeyResultAs(viewer, goalId, data, now()));
    }

    UUID addKeyResultAs(Viewer viewer, UUID goalId, KeyResultData data, Instant now) {
        KeyValues values = validateKeyResult(data, true);
        editable(viewer, goalId);
        repository.lockGoal(goalId);
        UUID id = UUID.randomUUID();
        repository.insertKeyResult(id, goalId, data.title().strip(), data.type(), values.start(), values.target(),
                values.current(), values.unit(), values.weight(), now);
        if (data.type() == KeyResultType.MILESTONES) {
            for (String milestone : data.milestones()) {
                repository.insertMilestone(UUID.randomUUID(), id, milestone.strip());
            }
        }
        repository.touchGoal(goalId, now);
        reindex(goalId, tenantSettings.current());
        audit.record("goal.key_result.created", "key_result", id.toString(), null, data);
        return id;
    }

    /**
     * Edits a key result. Its type may not change once it has check-ins; a milestone key result keeps
     * its checklist (edit it with the milestone methods).
     */
    public void updateKeyResult(UUID keyResultId, long expectedVersion, KeyResultData data) {
        write(viewer -> {
            KeyValues values = validateKeyResult(data, false);
            KeyResultRow keyResult = editableKeyResult(viewer, keyResultId);
            if (keyResult.type() != data.type() && repository.keyResultHasCheckIns(keyResultId)) {
                throw InvalidInputException.of("type", "goals.keyresult.type.locked");
            }
            repository.lockGoal(keyResult.goalId());
            if (!repository.updateKeyResult(keyResultId, expectedVersion, data.title().strip(), data.type(),
                    values.start(), values.target(), values.current(), values.unit(), values.weight(), now())) {
                throw new ConcurrentEditException("key_result", keyResultId);
            }
            if (keyResult.type() != data.type()) {
                for (MilestoneRow milestone : repository.milestones(List.of(keyResultId))) {
                    repository.deleteMilestone(milestone.id(), milestone.version());
                }
                if (data.type() == KeyResultType.MILESTONES) {
                    for (String milestone : data.milestones()) {
                        repository.insertMilestone(UUID.randomUUID(), keyResultId, milestone.strip());
                    }
                }
            }
            repository.touchGoal(keyResult.goalId(), now());
            reindex(keyResult.goalId(), tenantSettings.current());
            audit.record("goal.key_result.updated", "key_result", keyResultId.toString(), keyResult, data);
            return null;
        });
    }

    /** Deletes a key result with its milestones and its check-ins. */
    public void deleteKeyResult(UUID keyResultId, long expectedVersion) {
        write(viewer -> {
            KeyResultRow keyResult = editableKeyResult(viewer, keyResultId);
            repository.lockGoal(keyResult.goalId());
            if (!repository.deleteKeyResult(keyResultId, expectedVersion)) {
                throw new ConcurrentEditException("key_result", keyResultId);
            }
            repository.touchGoal(keyResult.goalId(), now());
            reindex(keyResult.goalId(), tenantSettings.current());
            audit.record("goal.key_result.deleted", "key_result", keyResultId.toString(), keyResult, null);
            return null;
        });
    }

    public UUID addMilestone(UUID keyResultId, String title) {
        return write(viewer -> {
            String clean = validMilestoneTitle(title);
            KeyResultRow keyResult = editableKeyResult(viewer, keyResultId);
            if (keyResult.type() != KeyResultType.MILESTONES) {
                throw InvalidInputException.of("keyResultId", "goals.milestone.wrong-type");
            }
            UUID id = UUID.randomUUID();
            repository.insertMilestone(id, keyResultId, clean);
            repository.touchGoal(keyResult.goalId(), now());
            return id;
        });
    }

    public void renameMilestone(UUID milestoneId, long expectedVersion, String title) {
        write(viewer -> {
            String clean = validMilestoneTitle(title);
            editableMilestone(viewer, milestoneId);
            if (!repository.renameMilestone(milestoneId, expectedVersion, clean)) {
                throw new ConcurrentEditException("milestone", milestoneId);
            }
            return null;
        });
    }

    public void setMilestoneDone(UUID milestoneId, long expectedVersion, boolean done) {
        write(viewer -> {
            setMilestoneDoneAs(viewer, milestoneId, expectedVersion, done, now());
            return null;
        });
    }

    void setMilestoneDoneAs(Viewer viewer, UUID milestoneId, long expectedVersion, boolean done, Instant now) {
        KeyResultRow keyResult = editableMilestone(viewer, milestoneId);
        if (!repository.setMilestoneDone(milestoneId, expectedVersion, done, now)) {
            throw new ConcurrentEditException("milestone", milestoneId);
        }
        repository.touchGoal(keyResult.goalId(), now);
    }

    public void deleteMilestone(UUID milestoneId, long expectedVersion) {
        write(viewer -> {
            KeyResultRow keyResult = editableMilestone(viewer, milestoneId);
            if (!repository.deleteMilestone(milestoneId, expectedVersion)) {
                throw new ConcurrentEditException("milestone", milestoneId);
            }
            repository.touchGoal(keyResult.goalId(), now());
            return null;
        });
    }

    private static String validMilestoneTitle(String title) {
        new InvalidInputException.Collector()
                .check(title != null && !title.isBlank(), "title", "goals.milestone.title.required")
                .check(title == null || title.strip().length() <= 200, "title", "goals.milestone.title.too-long")
                .throwIfAny();
        return title.strip();
    }

    // ------------------------------------------------------------------ check-ins and discussion

    /** Records a check-in and, in the same transaction, the key result's (or goal's) new value; returns its id. */
    public UUID checkIn(UUID goalId, NewCheckIn checkIn) {
        return write(viewer -> checkInAs(viewer, goalId, checkIn, now()));
    }

    UUID checkInAs(Viewer viewer, UUID goalId, NewCheckIn checkIn, Instant now) {
        Objects.requireNonNull(checkIn, "checkIn");
        String comment = checkIn.comment() == null ? "" : checkIn.comment().strip();
        new InvalidInputException.Collector()
                .check(checkIn.confidence() >= 1 && checkIn.confidence() <= 10, "confidence",
                        "goals.checkin.confidence.range")
                .check(comment.length() <= NewCheckIn.MAX_COMMENT, "comment", "goals.checkin.comment.too-long")
                .throwIfAny();
        GoalRow goal = editable(viewer, goalId);
        if (goal.status() != GoalStatus.ACTIVE) {
            throw InvalidInputException.of("status", "goals.checkin.not-active");
        }
        repository.lockGoal(goalId);
        BigDecimal stored = null;
        if (checkIn.keyResultId() != null) {
            KeyResultRow keyResult = repository.keyResult(checkIn.keyResultId())
                    .filter(kr -> kr.goalId().equals(goalId))
                    .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
            if (keyResult.type() != KeyResultType.MILESTONES) {
                stored = validCheckInValue(keyResult.type(), checkIn.value());
                repository.setKeyResultCurrent(keyResult.id(), stored, now);
            }
        } else if (checkIn.value() != null) {
            if (!repository.keyResults(List.of(goalId)).isEmpty()) {
                throw InvalidInputException.of("value", "goals.checkin.progress.from-key-results");
            }
            if (checkIn.value().compareTo(BigDecimal.ZERO) < 0 || checkIn.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw InvalidInputException.of("value", "goals.checkin.progress.range");
            }
            stored = checkIn.value();
            repository.setManualProgress(goalId, stored.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP), now);
        }
        double progress = GoalProgress.rollUp(rollUpInputs()).getOrDefault(goalId, 0.0);
        UUID id = UUID.randomUUID();
        repository.insertCheckIn(id, goalId, checkIn.keyResultId(), stored,
                BigDecimal.valueOf(progress).setScale(6, RoundingMode.HALF_UP), checkIn.confidence(), comment,
                viewer.personId(), now);
        repository.touchGoal(goalId, now);
        events.publishEvent(new GoalCheckedIn(repository.boundTenant(), goalId, id, checkIn.keyResultId(),
                viewer.personId(), checkIn.confidence(), progress));
        return id;
    }

    private static BigDecimal validCheckInValue(KeyResultType type, BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of("value", "goals.checkin.value.required");
        }
        switch (type) {
            case NUMERIC -> {
                if (value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
                    throw InvalidInputException.of("value", "goals.keyresult.value.too-large");
                }
            }
            case PERCENTAGE -> {
                if (!isPercentage(value)) {
                    throw InvalidInputException.of("value", "goals.keyresult.percentage.range");
                }
            }
            case BOOLEAN -> {
                if (!isBoolean(value)) {
                    throw InvalidInputException.of("value", "goals.keyresult.boolean.value");
                }
            }
            case MILESTONES -> {
                return null;
            }
        }
        return value;
    }

    /** The goal's check-ins, oldest first (the progress and confidence chart). */
    public List<CheckIn> checkIns(UUID goalId) {
        return read(viewer -> {
            visible(viewer, goalId);
            return repository.checkIns(goalId);
        });
    }

    /** Adds to the goal's discussion; anyone who may edit the goal may comment, also in a closed cycle. */
    public UUID comment(UUID goalId, String body) {
        return write(viewer -> commentAs(viewer, goalId, body, now()));
    }

    UUID commentAs(Viewer viewer, UUID goalId, String body, Instant now) {
        new InvalidInputException.Collector()
                .check(body != null && !body.isBlank(), "body", "goals.comment.required")
                .check(body == null || body.strip().length() <= GoalComment.MAX_BODY, "body", "goals.comment.too-long")
                .throwIfAny();
        GoalRow goal = visible(viewer, goalId);
        if (!access.mayEdit(viewer, goal, contributorsOf(goalId))) {
            throw new AccessDeniedException("only the owner, contributors, managers and HR discuss a goal");
        }
        UUID id = UUID.randomUUID();
        repository.insertComment(id, goalId, viewer.personId(), body.strip(), now);
        return id;
    }

    /** The goal's discussion, oldest first. */
    public List<GoalComment> comments(UUID goalId) {
        return read(viewer -> {
            visible(viewer, goalId);
            return repository.comments(goalId);
        });
    }

    // ------------------------------------------------------------------ copying into another cycle

    /**
     * Copies goals (with their key results reset to their start values and milestones not done) into
     * another cycle as drafts; all or nothing. Returns the new ids in the order given.
     */
    public List<UUID> copyToCycle(List<UUID> goalIds, UUID cycleId) {
        return write(viewer -> {
            new InvalidInputException.Collector()
                    .check(goalIds != null && !goalIds.isEmpty(), "goalIds", "goals.copy.empty")
                    .check(cycleId != null, "cycleId", "goals.copy.target.required")
                    .throwIfAny();
            List<UUID> created = new ArrayList<>();
            Instant now = now();
            for (UUID goalId : new java.util.LinkedHashSet<>(goalIds)) {
                GoalRow goal = visible(viewer, goalId);
                Set<UUID> contributors = contributorsOf(goalId);
                GoalData data = new GoalData(goal.title(), goal.description(), goal.level(), goal.departmentId(),
                        goal.teamId(), goal.ownerId(), contributors, visibleParentOrNull(viewer, goal.parentId()),
                        goal.visibility(), cycleId, null, null, goal.weight(), goal.kind());
                UUID copy = createAs(viewer, data, now);
                for (KeyResultRow keyResult : repository.keyResults(List.of(goalId))) {
                    BigDecimal reset = keyResult.type() == KeyResultType.MILESTONES ? null : keyResult.startValue();
                    repository.insertKeyResult(UUID.randomUUID(), copy, keyResult.title(), keyResult.type(),
                            keyResult.startValue(), keyResult.targetValue(), reset, keyResult.unit(),
                            keyResult.weight(), now);
                }
                copyMilestones(goalId, copy);
                reindex(copy, tenantSettings.current());
                created.add(copy);
            }
            return created;
        });
    }

    private void copyMilestones(UUID fromGoal, UUID toGoal) {
        List<KeyResultRow> from = repository.keyResults(List.of(fromGoal));
        List<KeyResultRow> to = repository.keyResults(List.of(toGoal));
        Map<UUID, List<MilestoneRow>> milestones = repository.milestones(from.stream().map(KeyResultRow::id).toList())
                .stream().collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        for (int i = 0; i < from.size() && i < to.size(); i++) {
            for (MilestoneRow milestone : milestones.getOrDefault(from.get(i).id(), List.of())) {
                repository.insertMilestone(UUID.randomUUID(), to.get(i).id(), milestone.title());
            }
        }
    }

    private UUID visibleParentOrNull(Viewer viewer, UUID parentId) {
        return repository.goal(parentId)
                .filter(parent -> parent.status() != GoalStatus.CANCELLED)
                .filter(parent -> access.maySee(viewer, parent, contributorsOf(parent.id())))
                .map(GoalRow::id).orElse(null);
    }

    // ------------------------------------------------------------------ queries

    /** Goals the current user owns or contributes to; {@code cycleId} null for all. */
    public List<GoalSummary> myGoals(UUID cycleId) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            return snapshot.visible().stream()
                    .filter(goal -> cycleId == null || cycleId.equals(goal.cycleId()))
                    .filter(goal -> goal.ownerId().equals(viewer.personId())
                            || snapshot.contributors().getOrDefault(goal.id(), Set.of()).contains(viewer.personId()))
                    .map(snapshot::summary).toList();
        });
    }

    /** Goals of everyone below the current user in the reporting line, and of the teams they lead. */
    public List<GoalSummary> teamGoals(UUID cycleId) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            return snapshot.visible().stream()
                    .filter(goal -> cycleId == null || cycleId.equals(goal.cycleId()))
                    .filter(goal -> viewer.isAbove(goal.ownerId())
                            || (goal.teamId() != null && viewer.ledTeams().contains(goal.teamId())
                            && goal.level() == GoalLevel.TEAM))
                    .map(snapshot::summary).toList();
        });
    }

    /** The alignment tree of the goals the user may see, filtered (matching goals and their visible ancestors). */
    public List<GoalTreeNode> tree(GoalTreeQuery query) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            Map<UUID, Boolean> included = included(snapshot, query == null ? GoalTreeQuery.all() : query);
            Map<UUID, List<GoalRow>> children = new HashMap<>();
            List<GoalRow> roots = new ArrayList<>();
            for (GoalRow goal : snapshot.visible()) {
                if (!included.containsKey(goal.id())) {
                    continue;
                }
                UUID parent = snapshot.visibleParent(goal);
                if (parent != null && included.containsKey(parent)) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(goal);
                } else {
                    roots.add(goal);
                }
            }
            return roots.stream().sorted(TREE_ORDER).map(root -> node(root, snapshot, included, children)).toList();
        });
    }

    private static final Comparator<GoalRow> TREE_ORDER = Comparator.comparing(GoalRow::level)
            .thenComparing(goal -> goal.title().toLowerCase(Locale.ROOT)).thenComparing(GoalRow::id);

    private GoalTreeNode node(GoalRow goal, Snapshot snapshot, Map<UUID, Boolean> included,
                              Map<UUID, List<GoalRow>> children) {
        // Deep trees are rare in practice; the alignment tree has no cycles (service and trigger refuse them).
        return new GoalTreeNode(snapshot.summary(goal), included.get(goal.id()),
                children.getOrDefault(goal.id(), List.of()).stream().sorted(TREE_ORDER)
                        .map(child -> node(child, snapshot, included, children)).toList());
    }

    /**
     * One level of the tree, for big tenants: with {@code parentId} null the visible roots (goals without a
     * visible parent), else the visible children of that goal; filtered by {@code query} like {@link #tree}.
     */
    public List<GoalSummary> treeLevel(UUID parentId, GoalTreeQuery query) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            if (parentId != null && !snapshot.visibleById().containsKey(parentId)) {
                throw GoalNotFoundException.goal();
            }
            Map<UUID, Boolean> included = included(snapshot, query == null ? GoalTreeQuery.all() : query);
            return snapshot.visible().stream()
                    .filter(goal -> included.containsKey(goal.id()))
                    .filter(goal -> Objects.equals(snapshot.visibleParent(goal), parentId))
                    .sorted(TREE_ORDER).map(snapshot::summary).toList();
        });
    }

    /** Goals matching the query (true) and their visible ancestors (false). */
    private Map<UUID, Boolean> included(Snapshot snapshot, GoalTreeQuery query) {
        Map<UUID, Boolean> included = new HashMap<>();
        List<String> words = query.text() == null ? List.of()
                : List.of(query.text().toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                .filter(word -> !word.isEmpty()).toList();
        for (GoalRow goal : snapshot.visible()) {
            if (matches(goal, query, words, snapshot)) {
                included.put(goal.id(), true);
            }
        }
        for (UUID matched : List.copyOf(included.keySet())) {
            GoalRow goal = snapshot.visibleById().get(matched);
            Set<UUID> seen = new HashSet<>();
            UUID parent = snapshot.visibleParent(goal);
            while (parent != null && seen.add(parent)) {
                included.putIfAbsent(parent, false);
                parent = snapshot.visibleParent(snapshot.visibleById().get(parent));
            }
        }
        return included;
    }

    private static boolean matches(GoalRow goal, GoalTreeQuery query, List<String> words, Snapshot snapshot) {
        if (query.departmentId() != null && !query.departmentId().equals(goal.departmentId())) {
            return false;
        }
        if (query.cycleId() != null && !query.cycleId().equals(goal.cycleId())) {
            return false;
        }
        if (query.periodFrom() != null && goal.endsOn() != null && goal.endsOn().isBefore(query.periodFrom())) {
            return false;
        }
        if (query.periodTo() != null && goal.startsOn() != null && goal.startsOn().isAfter(query.periodTo())) {
            return false;
        }
        if (query.health() != null && query.health() != snapshot.health(goal)) {
            return false;
        }
        String haystack = (goal.title() + " " + goal.description()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    /** Visible, not cancelled goals whose title matches, for choosing a parent goal. */
    public List<GoalSummary> parentCandidates(String text, int limit) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return snapshot.visible().stream()
                    .filter(goal -> goal.status() != GoalStatus.CANCELLED)
                    .filter(goal -> goal.title().toLowerCase(Locale.ROOT).contains(needle))
                    .sorted(TREE_ORDER).limit(Math.max(1, Math.min(limit, 200)))
                    .map(snapshot::summary).toList();
        });
    }

    public Optional<GoalDetail> detail(UUID goalId) {
        return read(viewer -> {
            Snapshot snapshot = snapshot(viewer);
            GoalRow goal = snapshot.visibleById().get(goalId);
            if (goal == null) {
                return Optional.<GoalDetail>empty();
            }
            Set<UUID> contributors = snapshot.contributors().getOrDefault(goalId, Set.of());
            List<KeyResult> keyResults = snapshot.keyResults().getOrDefault(goalId, List.of()).stream()
                    .map(snapshot::keyResult).toList();
            UUID parentId = snapshot.visibleParent(goal);
            GoalSummary parent = parentId == null ? null : snapshot.summary(snapshot.visibleById().get(parentId));
            List<GoalSummary> children = snapshot.visible().stream()
                    .filter(child -> goalId.equals(child.parentId())).sorted(TREE_ORDER).map(snapshot::summary)
                    .toList();
            HealthOverride override = goal.override() == null ? null : new HealthOverride(goal.override(),
                    goal.overrideReason(), new PersonRef(goal.overrideBy(), goal.overrideByName()), goal.overrideAt());
            return Optional.of(new GoalDetail(snapshot.summary(goal), goal.description(),
                    repository.contributorRefs(goalId), keyResults, snapshot.computedHealth(goal), override,
                    goal.approvalComment(), parent, children, access.mayEdit(viewer, goal, contributors),
                    goal.approval() == ApprovalState.PENDING && access.mayApprove(viewer, goal)
                            && !goal.ownerId().equals(viewer.personId())));
        });
    }

    /** Active goals of the person that nobody updated for the tenant's number of days; self, manager chain or HR. */
    public List<StaleGoal> staleGoals(UUID personId) {
        return read(viewer -> {
            if (!viewer.personId().equals(personId) && !viewer.hrAdmin() && !viewer.isAbove(personId)) {
                throw new AccessDeniedException("only the person, their managers and HR see their stale goals");
            }
            Snapshot snapshot = snapshot(viewer);
            return stale(snapshot, goal -> goal.ownerId().equals(personId));
        });
    }

    /**
     * Every stale active goal of the bound tenant, for background reminders (runs without a signed-in user,
     * e.g. inside {@code TenantScope.run}); a signed-in user must be an HR admin.
     */
    public List<StaleGoal> staleGoalsForReminders() {
        currentUser.get().ifPresent(user -> {
            if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
                throw new AccessDeniedException("stale goals of everyone are for reminders and HR admins");
            }
        });
        return reads.execute(status -> stale(snapshot(null), goal -> true));
    }

    private List<StaleGoal> stale(Snapshot snapshot, java.util.function.Predicate<GoalRow> whose) {
        int days = repository.settings().staleAfterDays();
        Map<UUID, Instant> lastCheckIns = repository.lastCheckIns();
        Instant now = now();
        List<StaleGoal> result = new ArrayList<>();
        for (GoalRow goal : snapshot.visible()) {
            if (goal.status() != GoalStatus.ACTIVE || goal.cycleClosed() || !whose.test(goal)) {
                continue;
            }
            Instant last = goal.updatedAt();
            Instant checkIn = lastCheckIns.get(goal.id());
            if (checkIn != null && checkIn.isAfter(last)) {
                last = checkIn;
            }
            long since = ChronoUnit.DAYS.between(last, now);
            if (since >= days) {
                result.add(new StaleGoal(snapshot.summary(goal), last, since));
            }
        }
        result.sort(Comparator.comparing(StaleGoal::lastUpdate));
        return result;
    }

    // ------------------------------------------------------------------ for other features

    /** Whether the signed-in user may see the goal (false for missing ones and other tenants'). */
    public boolean isVisible(UUID goalId) {
        if (goalId == null || currentUser.get().map(user -> user.isOperator()).orElse(true)) {
            return false;
        }
        return read(viewer -> repository.goal(goalId)
                .map(goal -> access.maySee(viewer, goal, contributorsOf(goalId))).orElse(false));
    }

    /** Title, description, level and period end of a goal the signed-in user may see (the SMART coach's parent goal). */
    public Optional<GoalBrief> visibleGoal(UUID goalId) {
        if (goalId == null || currentUser.get().map(user -> user.isOperator()).orElse(true)) {
            return Optional.empty();
        }
        return read(viewer -> repository.goal(goalId)
                .filter(goal -> access.maySee(viewer, goal, contributorsOf(goalId)))
                .map(goal -> new GoalBrief(goal.id(), goal.title(), goal.description(), goal.level(), goal.status(),
                        goal.endsOn())));
    }

    // ------------------------------------------------------------------ validation and resolution

    private record Placement(UUID ownerId, UUID departmentId, UUID teamId) {
    }

    private static void requireData(GoalData data) {
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
    private Placement resolve(Viewer viewer, GoalData data, UUID goalId) {
        UUID ownerId = data.ownerId() == null ? viewer.personId() : data.ownerId();
        var owner = repository.person(ownerId).filter(GoalRepository.PersonFacts::active);
        var errors = new InvalidInputException.Collector();
        errors.check(owner.isPresent(), "ownerId", "goals.owner.not-found");
        errors.check(repository.activePeople(data.contributorIds()).size() == data.contributorIds().size(),
                "contributorIds", "goals.contributor.not-found");
        UUID departmentId = null;
        UUID teamId = null;
        switch (data.level()) {
            case COMPANY -> {
            }
            case DEPARTMENT -> {
                departmentId = data.departmentId();
                errors.check(departmentId != null, "departmentId", "goals.department.required");
                errors.check(departmentId == null || repository.departmentExists(departmentId).isPresent(),
                        "departmentId", "goals.department.not-found");
            }
            case TEAM -> {
                teamId = data.teamId();
                errors.check(teamId != null, "teamId", "goals.team.required");
                Optional<UUID> teamDepartment = teamId == null ? Optional.empty() : repository.teamDepartment(teamId);
                errors.check(teamId == null || teamDepartment.isPresent(), "teamId", "goals.team.not-found");
                departmentId = teamDepartment.orElse(null);
                errors.check(data.departmentId() == null || departmentId == null
                        || data.departmentId().equals(departmentId), "teamId", "goals.team.department");
            }
            case INDIVIDUAL -> {
                teamId = data.teamId() != null ? data.teamId() : owner.map(GoalRepository.PersonFacts::teamId).orElse(null);
                departmentId = data.departmentId() != null ? data.departmentId()
                        : owner.map(GoalRepository.PersonFacts::departmentId).orElse(null);
                if (data.teamId() != null) {
                    errors.check(repository.teamDepartment(teamId).isPresent(), "teamId", "goals.team.not-found");
                }
                if (data.departmentId() != null) {
                    errors.check(repository.departmentExists(departmentId).isPresent(), "departmentId",
                            "goals.department.not-found");
                }
            }
        }
        if (data.cycleId() != null) {
            Optional<GoalCycle> cycle = repository.cycle(data.cycleId());
            errors.check(cycle.isPresent(), "cycleId", "goals.cycle.not-found");
            errors.check(cycle.map(c -> !c.closed()).orElse(true), "cycleId", "goals.cycle.closed");
        }
        if (data.parentId() != null) {
            Optional<GoalRow> parent = repository.goal(data.parentId())
                    .filter(row -> access.maySee(viewer, row, contributorsOf(row.id())));
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

    private record KeyValues(BigDecimal start, BigDecimal target, BigDecimal current, String unit, BigDecimal weight) {
    }

    /** Checks a key result's values against what its type allows; returns what is stored. */
    static KeyValues validateKeyResult(KeyResultData data, boolean creating) {
        if (data == null) {
            throw InvalidInputException.of("title", "goals.keyresult.title.required");
        }
        var errors = new InvalidInputException.Collector();
        errors.check(data.title() != null && !data.title().isBlank(), "title", "goals.keyresult.title.required")
                .check(data.title() == null || data.title().strip().length() <= KeyResultData.MAX_TITLE, "title",
                        "goals.keyresult.title.too-long")
                .check(data.type() != null, "type", "goals.keyresult.type.required")
                .check(data.unit() == null || data.unit().strip().length() <= KeyResultData.MAX_UNIT, "unit",
                        "goals.keyresult.unit.too-long")
                .check(data.weight() == null || (data.weight().signum() > 0
                                && data.weight().compareTo(BigDecimal.valueOf(1000)) <= 0), "weight",
                        "goals.keyresult.weight.invalid");
        errors.throwIfAny();
        BigDecimal weight = data.weight() == null ? BigDecimal.ONE : data.weight();
        String unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        BigDecimal start = data.startValue();
        BigDecimal target = data.targetValue();
        BigDecimal current = data.currentValue();
        switch (data.type()) {
            case NUMERIC, PERCENTAGE -> {
                if (current == null) {
                    current = start;
                }
                errors.check(start != null, "startValue", "goals.keyresult.start.required")
                        .check(target != null, "targetValue", "goals.keyresult.target.required");
                if (data.type() == KeyResultType.PERCENTAGE) {
                    errors.check(start == null || isPercentage(start), "startValue", "goals.keyresult.percentage.range")
                            .check(target == null || isPercentage(target), "targetValue",
                                    "goals.keyresult.percentage.range")
                            .check(current == null || isPercentage(current), "currentValue",
                                    "goals.keyresult.percentage.range");
                } else {
                    errors.check(start == null || start.abs().compareTo(MAX_MAGNITUDE) < 0, "startValue",
                                    "goals.keyresult.value.too-large")
                            .check(target == null || target.abs().compareTo(MAX_MAGNITUDE) < 0, "targetValue",
                                    "goals.keyresult.value.too-large")
                            .check(current == null || current.abs().compareTo(MAX_MAGNITUDE) < 0, "currentValue",
                                    "goals.keyresult.value.too-large");
                }
                errors.check(start == null || target == null || start.compareTo(target) != 0, "targetValue",
                        "goals.keyresult.target.same");
                errors.throwIfAny();
                return new KeyValues(start, target, current, unit, weight);
            }
            case BOOLEAN -> {
                BigDecimal done = current == null ? BigDecimal.ZERO : current;
                errors.check(isBoolean(done), "currentValue", "goals.keyresult.boolean.value");
                errors.throwIfAny();
                return new KeyValues(BigDecimal.ZERO, BigDecimal.ONE, done.signum() == 0 ? BigDecimal.ZERO
                        : BigDecimal.ONE, null, weight);
            }
            case MILESTONES -> {
                errors.check(!creating || !data.milestones().isEmpty(), "milestones",
                        "goals.keyresult.milestones.required");
                errors.check(data.milestones().stream().allMatch(m -> m != null && !m.isBlank()), "milestones",
                        "goals.milestone.title.required");
                errors.check(data.milestones().stream().allMatch(m -> m == null || m.strip().length() <= 200),
                        "milestones", "goals.milestone.title.too-long");
                errors.throwIfAny();
                return new KeyValues(null, null, null, null, weight);
            }
        }
        throw new IllegalStateException();
    }

    private static boolean isPercentage(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private static boolean isBoolean(BigDecimal value) {
        return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
    }

    // ------------------------------------------------------------------ loading with the rules applied

    private Set<UUID> contributorsOf(UUID goalId) {
        return repository.contributors(List.of(goalId)).getOrDefault(goalId, Set.of());
    }

    /** The goal if the viewer may see it; otherwise the same answer as for a missing goal. */
    private GoalRow visible(Viewer viewer, UUID goalId) {
        return repository.goal(goalId)
                .filter(goal -> access.maySee(viewer, goal, contributorsOf(goalId)))
                .orElseThrow(GoalNotFoundException::goal);
    }

    /** The goal if the viewer may change it now (visible, allowed, cycle open). */
    private GoalRow editable(Viewer viewer, UUID goalId) {
        GoalRow goal = visible(viewer, goalId);
        if (!access.mayEdit(viewer, goal, contributorsOf(goalId))) {
            throw new AccessDeniedException("only the owner, contributors, managers and HR change a goal");
        }
        requireOpenCycle(goal);
        return goal;
    }

    private static void requireOpenCycle(GoalRow goal) {
        if (goal.cycleClosed()) {
            throw InvalidInputException.of("cycleId", "goals.cycle.closed");
        }
    }

    private KeyResultRow editableKeyResult(Viewer viewer, UUID keyResultId) {
        KeyResultRow keyResult = repository.keyResult(keyResultId)
                .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
        GoalRow goal = repository.goal(keyResult.goalId())
                .filter(row -> access.maySee(viewer, row, contributorsOf(row.id())))
                .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
        editable(viewer, goal.id());
        return keyResult;
    }

    private KeyResultRow editableMilestone(Viewer viewer, UUID milestoneId) {
        MilestoneRow milestone = repository.milestoneById(milestoneId)
                .orElseThrow(() -> new GoalNotFoundException("milestoneId", "goals.milestone.not-found"));
        try {
            return editableKeyResult(viewer, milestone.keyResultId());
        } catch (GoalNotFoundException e) {
            throw new GoalNotFoundException("milestoneId", "goals.milestone.not-found");
        }
    }

    // ------------------------------------------------------------------ progress, health and summaries

    private List<GoalProgress.GoalInput> rollUpInputs() {
        List<GoalRow> goals = repository.allGoals();
        List<KeyResultRow> keyResults = repository.keyResults(null);
        Map<UUID, List<MilestoneRow>> milestones = repository.milestones(null).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        return inputs(goals, keyResults.stream().collect(Collectors.groupingBy(KeyResultRow::goalId)), milestones);
    }

    private static List<GoalProgress.GoalInput> inputs(List<GoalRow> goals, Map<UUID, List<KeyResultRow>> keyResults,
                                                       Map<UUID, List<MilestoneRow>> milestones) {
        List<GoalProgress.GoalInput> inputs = new ArrayList<>();
        for (GoalRow goal : goals) {
            List<GoalProgress.Weighted> weighted = keyResults.getOrDefault(goal.id(), List.of()).stream()
                    .map(kr -> new GoalProgress.Weighted(kr.weight().doubleValue(),
                            keyResultProgress(kr, milestones.getOrDefault(kr.id(), List.of()))))
                    .toList();
            inputs.add(new GoalProgress.GoalInput(goal.id(), goal.parentId(), goal.weight().doubleValue(),
                    goal.status() == GoalStatus.CANCELLED, weighted,
                    goal.manualProgress() == null ? null : goal.manualProgress().doubleValue()));
        }
        return inputs;
    }

    static double keyResultProgress(KeyResultRow kr, List<MilestoneRow> milestones) {
        int done = (int) milestones.stream().filter(MilestoneRow::done).count();
        return GoalProgress.keyResult(kr.type(), kr.startValue(), kr.targetValue(), kr.currentValue(), done,
                milestones.size());
    }

    /** Everything a query needs, loaded once: all goals (the roll-up needs them), the visible ones apart. */
    private record Snapshot(List<GoalRow> visible, Map<UUID, GoalRow> visibleById, Map<UUID, Set<UUID>> contributors,
                            Map<UUID, List<KeyResultRow>> keyResults, Map<UUID, List<MilestoneRow>> milestones,
                            Map<UUID, Double> progress, Map<UUID, Integer> visibleChildren, LocalDate today) {

        UUID visibleParent(GoalRow goal) {
            return goal.parentId() != null && visibleById.containsKey(goal.parentId()) ? goal.parentId() : null;
        }

        Health computedHealth(GoalRow goal) {
            return HealthRule.forStatus(goal.status(), progress.getOrDefault(goal.id(), 0.0), goal.startsOn(),
                    goal.endsOn(), today);
        }

        Health health(GoalRow goal) {
            if (goal.status() == GoalStatus.CANCELLED) {
                return null;
            }
            return goal.override() != null ? goal.override() : computedHealth(goal);
        }

        GoalSummary summary(GoalRow goal) {
            return new GoalSummary(goal.id(), goal.title(), goal.level(), goal.kind(), goal.status(), goal.approval(),
                    goal.visibility(), new PersonRef(goal.ownerId(), goal.ownerName()), goal.departmentId(),
                    goal.departmentName(), goal.teamId(), goal.teamName(), goal.parentId(), goal.cycleId(),
                    goal.cycleName(), goal.startsOn(), goal.endsOn(), goal.weight(),
                    progress.getOrDefault(goal.id(), 0.0), health(goal),
                    goal.override() != null && goal.status() != GoalStatus.CANCELLED,
                    visibleChildren.getOrDefault(goal.id(), 0), goal.updatedAt(), goal.version());
        }

        KeyResult keyResult(KeyResultRow kr) {
            List<MilestoneRow> rows = milestones.getOrDefault(kr.id(), List.of());
            return new KeyResult(kr.id(), kr.goalId(), kr.title(), kr.type(), kr.startValue(), kr.targetValue(),
                    kr.currentValue(), kr.unit(), kr.weight(),
                    rows.stream().map(m -> new Milestone(m.id(), m.title(), m.done(), m.doneAt(), m.version())).toList(),
                    keyResultProgress(kr, rows), kr.version());
        }
    }

    /** Loads everything; with {@code viewer} null (background work) every goal counts as visible. */
    private Snapshot snapshot(Viewer viewer) {
        TenantSettings settings = tenantSettings.current();
        List<GoalRow> all = repository.allGoals();
        Map<UUID, Set<UUID>> contributors = repository.contributors(null);
        Map<UUID, List<KeyResultRow>> keyResults = repository.keyResults(null).stream()
                .collect(Collectors.groupingBy(KeyResultRow::goalId));
        Map<UUID, List<MilestoneRow>> milestones = repository.milestones(null).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        Map<UUID, Double> progress = GoalProgress.rollUp(inputs(all, keyResults, milestones));
        List<GoalRow> visible = viewer == null ? all : all.stream()
                .filter(goal -> access.maySee(viewer, goal, contributors.getOrDefault(goal.id(), Set.of()))).toList();
        Map<UUID, GoalRow> byId = new LinkedHashMap<>();
        visible.forEach(goal -> byId.put(goal.id(), goal));
        Map<UUID, Integer> children = new HashMap<>();
        for (GoalRow goal : visible) {
            if (goal.parentId() != null && byId.containsKey(goal.parentId())) {
                children.merge(goal.parentId(), 1, Integer::sum);
            }
        }
        return new Snapshot(visible, byId, contributors, keyResults, milestones, progress, children, today(settings));
    }

    // ------------------------------------------------------------------ knowledge index

    /** One chunk per goal: title, description and key results with targets and units (what similar-goal search needs). */
    private void reindex(UUID goalId, TenantSettings settings) {
        GoalRow goal = repository.goal(goalId).orElseThrow();
        List<KeyResultRow> keyResults = repository.keyResults(List.of(goalId));
        Map<UUID, List<MilestoneRow>> milestones = repository.milestones(keyResults.stream().map(KeyResultRow::id)
                .toList()).stream().collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        index.replaceSource(SourceRef.of(SOURCE_TYPE, goalId),
                List.of(chunk(goal, keyResults, milestones, settings.locale())), IndexProgress.NONE);
    }

    static ChunkDraft chunk(GoalRow goal, List<KeyResultRow> keyResults, Map<UUID, List<MilestoneRow>> milestones,
                            String language) {
        StringBuilder text = new StringBuilder(goal.title());
        if (!goal.description().isBlank()) {
            text.append('\n').append(goal.description());
        }
        for (KeyResultRow kr : keyResults) {
            text.append("\n- ").append(kr.title());
            switch (kr.type()) {
                case NUMERIC -> text.append(": ").append(plain(kr.startValue())).append(" → ")
                        .append(plain(kr.targetValue())).append(kr.unit() == null ? "" : " " + kr.unit());
                case PERCENTAGE -> text.append(": ").append(plain(kr.startValue())).append("% → ")
                        .append(plain(kr.targetValue())).append('%');
                case BOOLEAN -> {
                }
                case MILESTONES -> text.append(": ").append(milestones.getOrDefault(kr.id(), List.of()).stream()
                        .map(MilestoneRow::title).collect(Collectors.joining("; ")));
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ChunkDraft.TITLE, goal.title());
        metadata.put(ChunkDraft.LINK, "goals/" + goal.id());
        metadata.put("level", goal.level().name());
        metadata.put("kind", goal.kind().name());
        if (goal.endsOn() != null) {
            metadata.put("periodEnd", goal.endsOn().toString());
        }
        String chunk = text.length() > 2000 ? text.substring(0, 2000) : text.toString();
        return new ChunkDraft(chunk, "sv".equals(language) ? "sv" : "en", List.of(), metadata);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
