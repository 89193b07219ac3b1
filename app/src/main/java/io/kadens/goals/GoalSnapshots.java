package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Loads {@link GoalSnapshot}s and rolls progress up the alignment tree; must run inside a transaction. */
@Component
class GoalSnapshots {

    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final GoalAccess access;
    private final TenantSettingsService tenantSettings;
    private final Clock clock;

    GoalSnapshots(GoalRepository goals, KeyResultRepository keyResults, GoalAccess access,
                  TenantSettingsService tenantSettings, Clock clock) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.access = access;
        this.tenantSettings = tenantSettings;
        this.clock = clock;
    }

    /** Loads everything; with {@code viewer} null (background work) every goal counts as visible. */
    GoalSnapshot load(Viewer viewer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(tenantSettings.current().timeZone()));
        List<GoalRow> all = goals.allGoals();
        Map<UUID, Set<UUID>> contributors = goals.contributors(null);
        Map<UUID, List<KeyResultRow>> keyResultsByGoal = keyResults.keyResults(null).stream()
                .collect(Collectors.groupingBy(KeyResultRow::goalId));
        Map<UUID, List<MilestoneRow>> milestones = keyResults.milestones(null).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        Map<UUID, Double> progress = GoalProgress.rollUp(GoalSnapshot.rollUpInputs(all, keyResultsByGoal, milestones));
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
        return new GoalSnapshot(visible, byId, contributors, keyResultsByGoal, milestones, progress, children, today);
    }

    /** The rolled-up progress (0..1) of every goal of the bound tenant. */
    Map<UUID, Double> rollUp() {
        Map<UUID, List<MilestoneRow>> milestones = keyResults.milestones(null).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        return GoalProgress.rollUp(GoalSnapshot.rollUpInputs(goals.allGoals(), keyResults.keyResults(null).stream()
                .collect(Collectors.groupingBy(KeyResultRow::goalId)), milestones));
    }
}
