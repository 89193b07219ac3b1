package io.kadens.goals;

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
 * approval and the health of their people's active goals.
 */
@Component
class GoalNextSteps implements NextStepsSource {

    private final StaleGoals staleGoals;
    private final GoalQueries queries;

    GoalNextSteps(StaleGoals staleGoals, GoalQueries queries) {
        this.staleGoals = staleGoals;
        this.queries = queries;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        List<NextStep> steps = new ArrayList<>();
        for (StaleGoal stale : staleGoals.of(viewer.personId())) {
            steps.add(new NextStep("goal-stale-" + stale.goal().id(), Audience.MINE, Urgency.OVERDUE,
                    stale.lastUpdate(), "nextsteps.goal.stale",
                    List.of(stale.goal().title(), (int) stale.daysWithoutUpdate()), "goals/" + stale.goal().id()));
        }
        for (GoalSummary goal : queries.myGoals(null)) {
            if (goal.approval() == ApprovalState.RETURNED && goal.status() == GoalStatus.DRAFT
                    && goal.owner().id().equals(viewer.personId())) {
                steps.add(new NextStep("goal-returned-" + goal.id(), Audience.MINE, Urgency.SOON, goal.updatedAt(),
                        "nextsteps.goal.returned", List.of(goal.title()), "goals/" + goal.id()));
            }
        }
        if (viewer.manager()) {
            for (GoalSummary goal : queries.pendingApprovals()) {
                steps.add(new NextStep("goal-approval-" + goal.id(), Audience.TEAM, Urgency.SOON, goal.updatedAt(),
                        "nextsteps.goal.approval", List.of(goal.owner().name(), goal.title()), "goals/" + goal.id()));
            }
        }
        return steps;
    }

    @Override
    public List<HomeFigure> figures(NextStepsViewer viewer) {
        if (!viewer.manager()) {
            return List.of();
        }
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        for (Health health : Health.values()) {
            counts.put(health, 0);
        }
        int active = 0;
        for (GoalSummary goal : queries.teamGoals(null)) {
            if (goal.status() == GoalStatus.ACTIVE && goal.health() != null) {
                counts.merge(goal.health(), 1, Integer::sum);
                active++;
            }
        }
        if (active == 0) {
            return List.of();
        }
        return List.of(new HomeFigure("home-team-goal-health", Audience.TEAM, "nextsteps.health.title",
                "nextsteps.health.label", "nextsteps.health.goals", false,
                counts.entrySet().stream().map(e -> new HomeFigure.Row("nextsteps.health." + e.getKey().name(), null,
                        e.getValue())).toList(),
                "goals"));
    }
}
