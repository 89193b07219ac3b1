package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a query needs, loaded once: all goals (the roll-up needs them), the visible ones apart, with
 * their key results, milestones, rolled-up progress and the health that follows from it.
 */
record GoalSnapshot(List<GoalRow> visible, Map<UUID, GoalRow> visibleById, Map<UUID, Set<UUID>> contributors,
                    Map<UUID, List<KeyResultRow>> keyResults, Map<UUID, List<MilestoneRow>> milestones,
                    Map<UUID, Double> progress, Map<UUID, Integer> visibleChildren, LocalDate today) {

    /** Levels from company down, then by title: how lists and the alignment tree order goals. */
    static final Comparator<GoalRow> TREE_ORDER = Comparator.comparing(GoalRow::level)
            .thenComparing(goal -> goal.title().toLowerCase(Locale.ROOT)).thenComparing(GoalRow::id);

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

    /** What the roll-up needs of each goal: its weight, its key results' progress, or its manual progress. */
    static List<GoalProgress.GoalInput> rollUpInputs(List<GoalRow> goals, Map<UUID, List<KeyResultRow>> keyResults,
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
}
