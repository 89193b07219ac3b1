package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reading goals as the signed-in user sees them: their own and their team's, the alignment tree, one goal
 * in detail, approvals waiting for them, and visibility answers for other features. Progress is rolled up
 * over all goals of the tenant, so a parent's progress does not depend on who looks; health follows from it.
 * The roll-up is cached per tenant ({@link GoalRollUpCache}); one's own goals need only their subtrees.
 */
@Service
public class GoalQueries {

    private final GoalRepository repository;
    private final GoalGuard guard;
    private final GoalSnapshots snapshots;
    private final GoalAccess access;
    private final CurrentUser currentUser;

    GoalQueries(GoalRepository repository, GoalGuard guard, GoalSnapshots snapshots, GoalAccess access,
                CurrentUser currentUser) {
        this.repository = repository;
        this.guard = guard;
        this.snapshots = snapshots;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Goals the current user owns or contributes to; {@code cycleId} null for all. */
    public List<GoalSummary> myGoals(UUID cycleId) {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.loadOwn(viewer);
            return snapshot.visible().stream()
                    .filter(goal -> cycleId == null || cycleId.equals(goal.cycleId()))
                    .filter(goal -> goal.ownerId().equals(viewer.personId())
                            || snapshot.contributors().getOrDefault(goal.id(), Set.of()).contains(viewer.personId()))
                    .map(snapshot::summary).toList();
        });
    }

    /** Goals of everyone below the current user in the reporting line, and of the teams they lead. */
    public List<GoalSummary> teamGoals(UUID cycleId) {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.loadTeam(viewer);
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
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
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
            return roots.stream().sorted(GoalSnapshot.TREE_ORDER).map(root -> node(root, snapshot, included, children)).toList();
        });
    }

    private GoalTreeNode node(GoalRow goal, GoalSnapshot snapshot, Map<UUID, Boolean> included,
                              Map<UUID, List<GoalRow>> children) {
        // Deep trees are rare in practice; the alignment tree has no cycles (service and trigger refuse them).
        return new GoalTreeNode(snapshot.summary(goal), included.get(goal.id()),
                children.getOrDefault(goal.id(), List.of()).stream().sorted(GoalSnapshot.TREE_ORDER)
                        .map(child -> node(child, snapshot, included, children)).toList());
    }

    /**
     * One level of the tree, for big tenants: with {@code parentId} null the visible roots (goals without a
     * visible parent), else the visible children of that goal; filtered by {@code query} like {@link #tree}.
     */
    public List<GoalSummary> treeLevel(UUID parentId, GoalTreeQuery query) {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
            if (parentId != null && !snapshot.visibleById().containsKey(parentId)) {
                throw GoalNotFoundException.goal();
            }
            Map<UUID, Boolean> included = included(snapshot, query == null ? GoalTreeQuery.all() : query);
            return snapshot.visible().stream()
                    .filter(goal -> included.containsKey(goal.id()))
                    .filter(goal -> Objects.equals(snapshot.visibleParent(goal), parentId))
                    .sorted(GoalSnapshot.TREE_ORDER).map(snapshot::summary).toList();
        });
    }

    /** Goals matching the query (true) and their visible ancestors (false). */
    private Map<UUID, Boolean> included(GoalSnapshot snapshot, GoalTreeQuery query) {
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

    private static boolean matches(GoalRow goal, GoalTreeQuery query, List<String> words, GoalSnapshot snapshot) {
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
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return snapshot.visible().stream()
                    .filter(goal -> goal.status() != GoalStatus.CANCELLED)
                    .filter(goal -> goal.title().toLowerCase(Locale.ROOT).contains(needle))
                    .sorted(GoalSnapshot.TREE_ORDER).limit(Math.max(1, Math.min(limit, 200)))
                    .map(snapshot::summary).toList();
        });
    }

    public Optional<GoalDetail> detail(UUID goalId) {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
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
                    .filter(child -> goalId.equals(child.parentId())).sorted(GoalSnapshot.TREE_ORDER).map(snapshot::summary)
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

    /** Goals waiting for the current user's approval (owners below them in the reporting line). */
    public List<GoalSummary> pendingApprovals() {
        return guard.read(viewer -> {
            GoalSnapshot snapshot = snapshots.load(viewer);
            return snapshot.visible().stream()
                    .filter(goal -> goal.approval() == ApprovalState.PENDING && viewer.isAbove(goal.ownerId()))
                    .map(snapshot::summary).toList();
        });
    }

    // ------------------------------------------------------------------ for other features


    /** Whether the signed-in user may see the goal (false for missing ones and other tenants'). */
    public boolean isVisible(UUID goalId) {
        if (goalId == null || currentUser.get().map(user -> user.isOperator()).orElse(true)) {
            return false;
        }
        return guard.read(viewer -> repository.goal(goalId)
                .map(goal -> guard.maySee(viewer, goal)).orElse(false));
    }

    /** Title, description, level and period end of a goal the signed-in user may see (the SMART coach's parent goal). */
    public Optional<GoalBrief> visibleGoal(UUID goalId) {
        if (goalId == null || currentUser.get().map(user -> user.isOperator()).orElse(true)) {
            return Optional.empty();
        }
        return guard.read(viewer -> repository.goal(goalId)
                .filter(goal -> guard.maySee(viewer, goal))
                .map(goal -> new GoalBrief(goal.id(), goal.title(), goal.description(), goal.level(), goal.status(),
                        goal.endsOn())));
    }
}
