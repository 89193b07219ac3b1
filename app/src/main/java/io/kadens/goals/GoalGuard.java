package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import io.kadens.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every goal service does first: runs the work in a transaction as the signed-in viewer, and loads
 * goals, key results and milestones with the visibility and edit rules applied. A goal the viewer may not
 * see answers exactly like a missing one ({@link GoalNotFoundException}); a visible goal they may not
 * change is an {@link AccessDeniedException}.
 */
@Component
class GoalGuard {

    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final GoalAccess access;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    GoalGuard(GoalRepository goals, KeyResultRepository keyResults, GoalAccess access, Clock clock,
              PlatformTransactionManager transactionManager) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.access = access;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    <T> T write(Function<Viewer, T> work) {
        return transactions.execute(status -> work.apply(access.current()));
    }

    <T> T read(Function<Viewer, T> work) {
        return reads.execute(status -> work.apply(access.current()));
    }

    /** A read-only transaction without a viewer, for background work (the caller checked who asks). */
    <T> T readAsSystem(Supplier<T> work) {
        return reads.execute(status -> work.get());
    }

    Instant now() {
        return clock.instant();
    }

    Set<UUID> contributorsOf(UUID goalId) {
        return goals.contributors(List.of(goalId)).getOrDefault(goalId, Set.of());
    }

    boolean maySee(Viewer viewer, GoalRow goal) {
        return access.maySee(viewer, goal, contributorsOf(goal.id()));
    }

    /** The goal if the viewer may see it; otherwise the same answer as for a missing goal. */
    GoalRow visible(Viewer viewer, UUID goalId) {
        return goals.goal(goalId).filter(goal -> maySee(viewer, goal)).orElseThrow(GoalNotFoundException::goal);
    }

    /** The goal if the viewer may change it now (visible, allowed, cycle open). */
    GoalRow editable(Viewer viewer, UUID goalId) {
        GoalRow goal = visible(viewer, goalId);
        if (!access.mayEdit(viewer, goal, contributorsOf(goalId))) {
            throw new AccessDeniedException("only the owner, contributors, managers and HR change a goal");
        }
        requireOpenCycle(goal);
        return goal;
    }

    static void requireOpenCycle(GoalRow goal) {
        if (goal.cycleClosed()) {
            throw InvalidInputException.of("cycleId", "goals.cycle.closed");
        }
    }

    KeyResultRow editableKeyResult(Viewer viewer, UUID keyResultId) {
        KeyResultRow keyResult = keyResults.keyResult(keyResultId)
                .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
        GoalRow goal = goals.goal(keyResult.goalId())
                .filter(row -> maySee(viewer, row))
                .orElseThrow(() -> new GoalNotFoundException("keyResultId", "goals.keyresult.not-found"));
        editable(viewer, goal.id());
        return keyResult;
    }

    KeyResultRow editableMilestone(Viewer viewer, UUID milestoneId) {
        MilestoneRow milestone = keyResults.milestoneById(milestoneId)
                .orElseThrow(() -> new GoalNotFoundException("milestoneId", "goals.milestone.not-found"));
        try {
            return editableKeyResult(viewer, milestone.keyResultId());
        } catch (GoalNotFoundException e) {
            throw new GoalNotFoundException("milestoneId", "goals.milestone.not-found");
        }
    }
}
