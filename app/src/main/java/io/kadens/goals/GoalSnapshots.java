package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.GoalRollUpCache.Stamp;
import io.kadens.goals.GoalRollUpCache.TenantGoals;
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

/**
 * Loads {@link GoalSnapshot}s and rolls progress up the alignment tree; must run inside a transaction. The
 * tenant's goal facts and roll-up come from {@link GoalRollUpCache}; what the viewer may see is decided here,
 * per request, from the viewer's own facts.
 */
@Component
class GoalSnapshots {

    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final GoalAccess access;
    private final GoalRollUpCache cache;
    private final TenantSettingsService tenantSettings;
    private final Clock clock;

    GoalSnapshots(GoalRepository goals, KeyResultRepository keyResults, GoalAccess access, GoalRollUpCache cache,
                  TenantSettingsService tenantSettings, Clock clock) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.access = access;
        this.cache = cache;
        this.tenantSettings = tenantSettings;
        this.clock = clock;
    }

    /** Every goal of the tenant; with {@code viewer} null (background work) every goal counts as visible. */
    GoalSnapshot load(Viewer viewer) {
        TenantGoals tenant = cache.current();
        return snapshot(viewer, tenant.all(), tenant.contributors(), tenant.keyResults(), tenant.milestones(),
                tenant.progress());
    }

    /**
     * Enough for the viewer's own goals (owned or contributed to): the cached tenant when it is current, else only
     * those goals and the goals aligned below them, at any depth, which is all their roll-up depends on. Their
     * summaries are the same either way (children counted among the visible ones, which are all in the subtree).
     */
    GoalSnapshot loadOwn(Viewer viewer) {
        Stamp stamp = cache.stamp();
        TenantGoals tenant = cache.cached(stamp);
        return tenant != null ? snapshot(viewer, tenant.all(), tenant.contributors(), tenant.keyResults(),
                tenant.milestones(), tenant.progress()) : ownFromTables(viewer);
    }

    /**
     * Enough for the viewer's team goals (owned by someone below them, or TEAM goals of a team they lead): the cached
     * tenant when it is current, else only those goals and their subtrees, like {@link #loadOwn}. A check-in moves
     * the tenant's roll-up version, so in a tenant where people check in all day the cache is often not current;
     * reloading every goal of the tenant for one manager's team cost most of a team-goals request
     * (docs/decisions/2026-12-06-rest-request-cost.md).
     */
    GoalSnapshot loadTeam(Viewer viewer) {
        Stamp stamp = cache.stamp();
        TenantGoals tenant = cache.cached(stamp);
        return tenant != null ? snapshot(viewer, tenant.all(), tenant.contributors(), tenant.keyResults(),
                tenant.milestones(), tenant.progress())
                : subtreesFromTables(viewer, goals.goalsOfTeam(viewer.below(), viewer.ledTeams()));
    }

    /** The viewer's own goals and their subtrees from the tables, bypassing the cache. */
    GoalSnapshot ownFromTables(Viewer viewer) {
        return subtreesFromTables(viewer, goals.goalsOf(viewer.personId()));
    }

    /** These goals and every goal aligned below them, with what their roll-up needs, from the tables. */
    private GoalSnapshot subtreesFromTables(Viewer viewer, Set<UUID> roots) {
        Set<UUID> subtree = goals.withDescendants(roots);
        List<GoalRow> rows = goals.goals(subtree);
        Map<UUID, Set<UUID>> contributors = goals.contributors(subtree);
        Map<UUID, List<KeyResultRow>> keyResultsByGoal = keyResultsOf(subtree);
        Map<UUID, List<MilestoneRow>> milestones = milestonesOf(keyResultsByGoal);
        Map<UUID, Double> progress = GoalProgress.rollUp(GoalSnapshot.rollUpInputs(rows, keyResultsByGoal, milestones));
        return snapshot(viewer, rows, contributors, keyResultsByGoal, milestones, progress);
    }

    private GoalSnapshot snapshot(Viewer viewer, List<GoalRow> all, Map<UUID, Set<UUID>> contributors,
                                  Map<UUID, List<KeyResultRow>> keyResultsByGoal,
                                  Map<UUID, List<MilestoneRow>> milestones, Map<UUID, Double> progress) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(tenantSettings.current().timeZone()));
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

    /**
     * The rolled-up progress (0..1) of one goal, from the goal and the goals aligned below it (all its roll-up
     * depends on); read from the tables, so that it includes this transaction's own writes.
     */
    double progress(UUID goalId) {
        Set<UUID> subtree = goals.withDescendants(Set.of(goalId));
        Map<UUID, List<KeyResultRow>> keyResultsByGoal = keyResultsOf(subtree);
        Map<UUID, List<MilestoneRow>> milestones = milestonesOf(keyResultsByGoal);
        return GoalProgress.rollUp(GoalSnapshot.rollUpInputs(goals.goals(subtree), keyResultsByGoal, milestones))
                .getOrDefault(goalId, 0.0);
    }

    private Map<UUID, List<KeyResultRow>> keyResultsOf(Set<UUID> goalIds) {
        return keyResults.keyResults(goalIds).stream().collect(Collectors.groupingBy(KeyResultRow::goalId));
    }

    private Map<UUID, List<MilestoneRow>> milestonesOf(Map<UUID, List<KeyResultRow>> keyResultsByGoal) {
        return keyResultsByGoal.isEmpty() ? Map.of()
                : keyResults.milestones(keyResultsByGoal.values().stream().flatMap(List::stream)
                        .map(KeyResultRow::id).toList()).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
    }
}
