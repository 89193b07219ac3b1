package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Copies goals into another cycle (the next quarter's goals start from this quarter's). */
@Service
public class GoalCopying {

    private final Goals lifecycle;
    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final GoalGuard guard;

    GoalCopying(Goals lifecycle, GoalRepository goals, KeyResultRepository keyResults, GoalGuard guard) {
        this.lifecycle = lifecycle;
        this.goals = goals;
        this.keyResults = keyResults;
        this.guard = guard;
    }

    /**
     * Copies goals (with their key results reset to their start values and milestones not done) into
     * another cycle as drafts; all or nothing. Returns the new ids in the order given.
     */
    public List<UUID> copyToCycle(List<UUID> goalIds, UUID cycleId) {
        return guard.write(viewer -> {
            new InvalidInputException.Collector()
                    .check(goalIds != null && !goalIds.isEmpty(), "goalIds", "goals.copy.empty")
                    .check(cycleId != null, "cycleId", "goals.copy.target.required")
                    .throwIfAny();
            List<UUID> created = new ArrayList<>();
            Instant now = guard.now();
            for (UUID goalId : new LinkedHashSet<>(goalIds)) {
                GoalRow goal = guard.visible(viewer, goalId);
                Set<UUID> contributors = guard.contributorsOf(goalId);
                GoalData data = new GoalData(goal.title(), goal.description(), goal.level(), goal.departmentId(),
                        goal.teamId(), goal.ownerId(), contributors, visibleParentOrNull(viewer, goal.parentId()),
                        goal.visibility(), cycleId, null, null, goal.weight(), goal.kind());
                // The GoalCreated this publishes is handled after commit, when the key results below exist.
                UUID copy = lifecycle.createAs(viewer, data, now);
                for (KeyResultRow keyResult : keyResults.keyResults(List.of(goalId))) {
                    BigDecimal reset = keyResult.type() == KeyResultType.MILESTONES ? null : keyResult.startValue();
                    keyResults.insertKeyResult(UUID.randomUUID(), copy, keyResult.title(), keyResult.type(),
                            keyResult.startValue(), keyResult.targetValue(), reset, keyResult.unit(),
                            keyResult.weight(), now);
                }
                copyMilestones(goalId, copy);
                created.add(copy);
            }
            return created;
        });
    }

    private void copyMilestones(UUID fromGoal, UUID toGoal) {
        List<KeyResultRow> from = keyResults.keyResults(List.of(fromGoal));
        List<KeyResultRow> to = keyResults.keyResults(List.of(toGoal));
        Map<UUID, List<MilestoneRow>> milestones = keyResults.milestones(from.stream().map(KeyResultRow::id).toList())
                .stream().collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        for (int i = 0; i < from.size() && i < to.size(); i++) {
            for (MilestoneRow milestone : milestones.getOrDefault(from.get(i).id(), List.of())) {
                keyResults.insertMilestone(UUID.randomUUID(), to.get(i).id(), milestone.title());
            }
        }
    }

    private UUID visibleParentOrNull(Viewer viewer, UUID parentId) {
        return goals.goal(parentId)
                .filter(parent -> parent.status() != GoalStatus.CANCELLED)
                .filter(parent -> guard.maySee(viewer, parent))
                .map(GoalRow::id).orElse(null);
    }
}
