package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.nextsteps.HomeFigure;
import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The home page's goal items: the reader's goals nobody updated for the tenant's number of days (a
 * check-in is due), their goals returned for changes, and for managers the goals waiting for their
 * approval and the health of their people's active goals. Each call reads one snapshot of the goals the
 * reader may see (the same rules as {@link GoalQueries} and {@link StaleGoals}).
 */
@Component
class GoalNextSteps implements NextStepsSource {

    private final GoalGuard guard;
    private final GoalSnapshots snapshots;
    private final StaleGoals staleGoals;

    GoalNextSteps(GoalGuard guard, GoalSnapshots snapshots, StaleGoals staleGoals) {
        this.guard = guard;
        this.snapshots = snapshots;
        this.staleGoals = staleGoals;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer reader) {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
            List<NextStep> steps = new ArrayList<>();
            for (StaleGoal stale : staleGoals.stale(snapshot, goal -> goal.ownerId().equals(viewer.personId()))) {
                steps.add(new NextStep("goal-stale-" + stale.goal().id(), Audience.MINE, Urgency.OVERDUE,
                        stale.lastUpdate(), "nextsteps.goal.stale",
                        List.of(stale.goal().title(), (int) stale.daysWithoutUpdate()), "goals/" + stale.goal().id()));
            }
            for (GoalRow goal : snapshot.visible()) {
                if (goal.ownerId().equals(viewer.personId()) && goal.approval() == ApprovalState.RETURNED
                        && goal.status() == GoalStatus.DRAFT) {
                    steps.add(new NextStep("goal-returned-" + goal.id(), Audience.MINE, Urgency.SOON, goal.updatedAt(),
                            "nextsteps.goal.returned", List.of(goal.title()), "goals/" + goal.id()));
                }
                if (reader.manager() && goal.approval() == ApprovalState.PENDING && viewer.isAbove(goal.ownerId())) {
                    steps.add(new NextStep("goal-approval-" + goal.id(), Audience.TEAM, Urgency.SOON, goal.updatedAt(),
                            "nextsteps.goal.approval", List.of(goal.ownerName(), goal.title()), "goals/" + goal.id()));
                }
            }
            return steps;
        });
    }

    @Override
    public List<HomeFigure> figures(NextStepsViewer reader) {
        if (!reader.manager()) {
            return List.of();
        }
        Map<Health, Integer> counts = guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
            Map<Health, Integer> byHealth = new EnumMap<>(Health.class);
            for (Health health : Health.values()) {
                byHealth.put(health, 0);
            }
            for (GoalRow goal : snapshot.visible()) {
                // The team's goals as GoalQueries.teamGoals has them: of people below, or of a team they lead.
                boolean team = viewer.isAbove(goal.ownerId()) || (goal.teamId() != null
                        && viewer.ledTeams().contains(goal.teamId()) && goal.level() == GoalLevel.TEAM);
                if (team && goal.status() == GoalStatus.ACTIVE) {
                    Health health = snapshot.summary(goal).health();
                    if (health != null) {
                        byHealth.merge(health, 1, Integer::sum);
                    }
                }
            }
            return byHealth;
        });
        if (counts.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            return List.of();
        }
        return List.of(new HomeFigure("home-team-goal-health", Audience.TEAM, "nextsteps.health.title",
                "nextsteps.health.label", "nextsteps.health.goals", false,
                counts.entrySet().stream().map(e -> new HomeFigure.Row("nextsteps.health." + e.getKey().name(), null,
                        e.getValue())).toList(),
                "goals"));
    }
}
