package io.kadens.goals;

import io.kadens.audit.AuditLog;
import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import io.kadens.goals.KeyResultRules.KeyValues;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.tenants.TransactionTenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * How a goal's progress is tracked, for the signed-in user: its key results and their milestones, and
 * check-ins that record new values with a confidence. Whoever may edit a goal may change these, while its
 * cycle is open; the rules and errors are those of {@link Goals}.
 */
@Service
public class GoalTracking {

    private final GoalRepository goals;
    private final KeyResultRepository repository;
    private final GoalGuard guard;
    private final GoalSnapshots snapshots;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTenant tenant;

    GoalTracking(GoalRepository goals, KeyResultRepository repository, GoalGuard guard, GoalSnapshots snapshots,
                 AuditLog audit, ApplicationEventPublisher events, TransactionTenant tenant) {
        this.tenant = tenant;
        this.goals = goals;
        this.repository = repository;
        this.guard = guard;
        this.snapshots = snapshots;
        this.audit = audit;
        this.events = events;
    }

    // ------------------------------------------------------------------ key results and milestones

    public UUID addKeyResult(UUID goalId, KeyResultData data) {
        return guard.write(viewer -> addKeyResultAs(viewer, goalId, data, guard.now()));
    }

    UUID addKeyResultAs(Viewer viewer, UUID goalId, KeyResultData data, Instant now) {
        KeyValues values = KeyResultRules.validate(data, true);
        guard.editable(viewer, goalId);
        goals.lockGoal(goalId);
        UUID id = UUID.randomUUID();
        repository.insertKeyResult(id, goalId, data.title().strip(), data.type(), values.start(), values.target(),
                values.current(), values.unit(), values.weight(), now);
        if (data.type() == KeyResultType.MILESTONES) {
            for (String milestone : data.milestones()) {
                repository.insertMilestone(UUID.randomUUID(), id, milestone.strip());
            }
        }
        goals.touchGoal(goalId, now);
        audit.record("goal.key_result.created", "key_result", id.toString(), null, data);
        updated(goalId);
        return id;
    }

    /**
     * Edits a key result. Its type may not change once it has check-ins; a milestone key result keeps
     * its checklist (edit it with the milestone methods).
     */
    public void updateKeyResult(UUID keyResultId, long expectedVersion, KeyResultData data) {
        guard.write(viewer -> {
            KeyValues values = KeyResultRules.validate(data, false);
            KeyResultRow keyResult = guard.editableKeyResult(viewer, keyResultId);
            if (keyResult.type() != data.type() && repository.keyResultHasCheckIns(keyResultId)) {
                throw InvalidInputException.of("type", "goals.keyresult.type.locked");
            }
            goals.lockGoal(keyResult.goalId());
            if (!repository.updateKeyResult(keyResultId, expectedVersion, data.title().strip(), data.type(),
                    values.start(), values.target(), values.current(), values.unit(), values.weight(), guard.now())) {
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
            goals.touchGoal(keyResult.goalId(), guard.now());
            audit.record("goal.key_result.updated", "key_result", keyResultId.toString(), keyResult, data);
            updated(keyResult.goalId());
            return null;
        });
    }

    /** Deletes a key result with its milestones and its check-ins. */
    public void deleteKeyResult(UUID keyResultId, long expectedVersion) {
        guard.write(viewer -> {
            KeyResultRow keyResult = guard.editableKeyResult(viewer, keyResultId);
            goals.lockGoal(keyResult.goalId());
            if (!repository.deleteKeyResult(keyResultId, expectedVersion)) {
                throw new ConcurrentEditException("key_result", keyResultId);
            }
            goals.touchGoal(keyResult.goalId(), guard.now());
            audit.record("goal.key_result.deleted", "key_result", keyResultId.toString(), keyResult, null);
            updated(keyResult.goalId());
            return null;
        });
    }

    public UUID addMilestone(UUID keyResultId, String title) {
        return guard.write(viewer -> {
            String clean = KeyResultRules.milestoneTitle(title);
            KeyResultRow keyResult = guard.editableKeyResult(viewer, keyResultId);
            if (keyResult.type() != KeyResultType.MILESTONES) {
                throw InvalidInputException.of("keyResultId", "goals.milestone.wrong-type");
            }
            UUID id = UUID.randomUUID();
            repository.insertMilestone(id, keyResultId, clean);
            goals.touchGoal(keyResult.goalId(), guard.now());
            updated(keyResult.goalId());
            return id;
        });
    }

    public void renameMilestone(UUID milestoneId, long expectedVersion, String title) {
        guard.write(viewer -> {
            String clean = KeyResultRules.milestoneTitle(title);
            KeyResultRow keyResult = guard.editableMilestone(viewer, milestoneId);
            if (!repository.renameMilestone(milestoneId, expectedVersion, clean)) {
                throw new ConcurrentEditException("milestone", milestoneId);
            }
            updated(keyResult.goalId());
            return null;
        });
    }

    public void setMilestoneDone(UUID milestoneId, long expectedVersion, boolean done) {
        guard.write(viewer -> {
            setMilestoneDoneAs(viewer, milestoneId, expectedVersion, done, guard.now());
            return null;
        });
    }

    void setMilestoneDoneAs(Viewer viewer, UUID milestoneId, long expectedVersion, boolean done, Instant now) {
        KeyResultRow keyResult = guard.editableMilestone(viewer, milestoneId);
        if (!repository.setMilestoneDone(milestoneId, expectedVersion, done, now)) {
            throw new ConcurrentEditException("milestone", milestoneId);
        }
        goals.touchGoal(keyResult.goalId(), now);
    }

    public void deleteMilestone(UUID milestoneId, long expectedVersion) {
        guard.write(viewer -> {
            KeyResultRow keyResult = guard.editableMilestone(viewer, milestoneId);
            if (!repository.deleteMilestone(milestoneId, expectedVersion)) {
                throw new ConcurrentEditException("milestone", milestoneId);
            }
            goals.touchGoal(keyResult.goalId(), guard.now());
            updated(keyResult.goalId());
            return null;
        });
    }

    /** The goal's indexed text (key result titles, targets, milestone titles) changed. */
    private void updated(UUID goalId) {
        events.publishEvent(new GoalUpdated(tenant.require().value(), goalId));
    }

    // ------------------------------------------------------------------ check-ins

    /** Records a check-in and, in the same transaction, the key result's (or goal's) new value; returns its id. */
    public UUID checkIn(UUID goalId, NewCheckIn checkIn) {
        return guard.write(viewer -> checkInAs(viewer, goalId, checkIn, guard.now()));
    }

    UUID checkInAs(Viewer viewer, UUID goalId, NewCheckIn checkIn, Instant now) {
        Objects.requireNonNull(checkIn, "checkIn");
        String comment = checkIn.comment() == null ? "" : checkIn.comment().strip();
        new InvalidInputException.Collector()
                .check(checkIn.confidence() >= 1 && checkIn.confidence() <= 10, "confidence",
                        "goals.checkin.confidence.range")
                .check(comment.length() <= NewCheckIn.MAX_COMMENT, "comment", "goals.checkin.comment.too-long")
                .throwIfAny();
        GoalRow goal = guard.editable(viewer, goalId);
        if (goal.status() != GoalStatus.ACTIVE) {
            throw InvalidInputException.of("status", "goals.checkin.not-active");
        }
        goals.lockGoal(goalId);
        BigDecimal stored = null;
        if (checkIn.keyResultId() != null) {
            KeyResultRow keyResult = repository.keyResult(checkIn.keyResultId())
                    .filter(kr -> kr.goalId().equals(goalId))
                    .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
            if (keyResult.type() != KeyResultType.MILESTONES) {
                stored = KeyResultRules.checkInValue(keyResult.type(), checkIn.value());
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
            goals.setManualProgress(goalId, stored.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP), now);
        }
        double progress = snapshots.progress(goalId);
        UUID id = UUID.randomUUID();
        repository.insertCheckIn(id, goalId, checkIn.keyResultId(), stored,
                BigDecimal.valueOf(progress).setScale(6, RoundingMode.HALF_UP), checkIn.confidence(), comment,
                viewer.personId(), now);
        goals.touchGoal(goalId, now);
        events.publishEvent(new GoalCheckedIn(tenant.require().value(), goalId, id, checkIn.keyResultId(),
                viewer.personId(), checkIn.confidence(), progress));
        return id;
    }

    /**
     * Records a check-in across several key results as one action: every value is checked first (all
     * problems reported at once, by {@link NewGoalCheckIn#valueField(int)}), then each key result is written
     * only if it is still at the version the person read. Any refusal, on the first value or the last,
     * rolls the whole transaction back: no value and no history entry is left half-written. Returns the
     * ids of the history entries, one per value (one for the goal itself when there are none).
     */
    public List<UUID> checkInAll(UUID goalId, NewGoalCheckIn checkIn) {
        return guard.write(viewer -> checkInAllAs(viewer, goalId, checkIn, guard.now()));
    }

    List<UUID> checkInAllAs(Viewer viewer, UUID goalId, NewGoalCheckIn checkIn, Instant now) {
        Objects.requireNonNull(checkIn, "checkIn");
        String comment = checkIn.comment() == null ? "" : checkIn.comment().strip();
        InvalidInputException.Collector errors = new InvalidInputException.Collector()
                .check(checkIn.confidence() >= 1 && checkIn.confidence() <= 10, "confidence",
                        "goals.checkin.confidence.range")
                .check(comment.length() <= NewCheckIn.MAX_COMMENT, "comment", "goals.checkin.comment.too-long");
        GoalRow goal = guard.editable(viewer, goalId);
        if (goal.status() != GoalStatus.ACTIVE) {
            throw InvalidInputException.of("status", "goals.checkin.not-active");
        }
        goals.lockGoal(goalId);
        Map<UUID, KeyResultRow> keyResults = new HashMap<>();
        repository.keyResults(List.of(goalId)).forEach(kr -> keyResults.put(kr.id(), kr));
        List<BigDecimal> stored = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < checkIn.values().size(); i++) {
            NewGoalCheckIn.KeyResultValue value = checkIn.values().get(i);
            KeyResultRow keyResult = value.keyResultId() == null ? null : keyResults.get(value.keyResultId());
            if (keyResult == null) {
                throw new GoalNotFoundException("keyResultId", "goals.keyresult.not-found");
            }
            BigDecimal clean = null;
            if (!seen.add(keyResult.id())) {
                errors.check(false, NewGoalCheckIn.valueField(i), "goals.checkin.value.twice");
            } else if (keyResult.type() == KeyResultType.MILESTONES) {
                errors.check(false, NewGoalCheckIn.valueField(i), "goals.checkin.value.milestones");
            } else {
                try {
                    clean = KeyResultRules.checkInValue(keyResult.type(), value.value());
                } catch (InvalidInputException refused) {
                    errors.check(false, NewGoalCheckIn.valueField(i), refused.fieldErrors().get("value"));
                }
            }
            stored.add(clean);
        }
        BigDecimal progressValue = checkIn.goalProgress();
        if (progressValue != null) {
            errors.check(keyResults.isEmpty(), "goalProgress", "goals.checkin.progress.from-key-results")
                    .check(progressValue.compareTo(BigDecimal.ZERO) >= 0
                            && progressValue.compareTo(BigDecimal.valueOf(100)) <= 0, "goalProgress",
                            "goals.checkin.progress.range");
        }
        errors.throwIfAny();

        for (int i = 0; i < checkIn.values().size(); i++) {
            NewGoalCheckIn.KeyResultValue value = checkIn.values().get(i);
            if (!repository.setKeyResultCurrent(value.keyResultId(), value.expectedVersion(), stored.get(i), now)) {
                throw new ConcurrentEditException("key_result", value.keyResultId());
            }
        }
        if (progressValue != null) {
            goals.setManualProgress(goalId, progressValue.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP), now);
        }
        double progress = snapshots.progress(goalId);
        BigDecimal progressAfter = BigDecimal.valueOf(progress).setScale(6, RoundingMode.HALF_UP);
        List<UUID> ids = new ArrayList<>();
        if (checkIn.values().isEmpty()) {
            UUID id = UUID.randomUUID();
            repository.insertCheckIn(id, goalId, null, progressValue, progressAfter, checkIn.confidence(), comment,
                    viewer.personId(), now);
            events.publishEvent(new GoalCheckedIn(tenant.require().value(), goalId, id, null, viewer.personId(),
                    checkIn.confidence(), progress));
            ids.add(id);
        }
        for (int i = 0; i < checkIn.values().size(); i++) {
            UUID keyResultId = checkIn.values().get(i).keyResultId();
            UUID id = UUID.randomUUID();
            repository.insertCheckIn(id, goalId, keyResultId, stored.get(i), progressAfter, checkIn.confidence(),
                    comment, viewer.personId(), now);
            events.publishEvent(new GoalCheckedIn(tenant.require().value(), goalId, id, keyResultId,
                    viewer.personId(), checkIn.confidence(), progress));
            ids.add(id);
        }
        goals.touchGoal(goalId, now);
        return ids;
    }

    /** The goal's check-ins, oldest first (the progress and confidence chart). */
    public List<CheckIn> checkIns(UUID goalId) {
        return guard.read(viewer -> {
            guard.visible(viewer, goalId);
            return repository.checkIns(goalId);
        });
    }
}
