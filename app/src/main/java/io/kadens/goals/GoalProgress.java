package io.kadens.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Progress arithmetic, pure (no database, no clock), so that it can be tested over random trees.
 * The rules (docs/decisions/2026-11-27-goals-progress-and-health.md):
 * <ul>
 *   <li>A key result's progress is 0..1: NUMERIC and PERCENTAGE {@code (current - start) / (target - start)}
 *       clamped to 0..1, so a decreasing target (start 40, target 10) works the same way; BOOLEAN 1 when
 *       done; MILESTONES done / total (0 without milestones).</li>
 *   <li>A goal's own progress is the weighted mean of its key results; a goal without key results uses
 *       the progress reported by goal check-ins (0 if none).</li>
 *   <li>A goal's aligned children count by their goal weight; cancelled children do not count.</li>
 *   <li>A goal with both key results and counted children: half its own key results, half its children
 *       (the key results measure the goal itself, the children what the organisation does for it).
 *       With only children, the children's weighted mean; with neither, its reported progress or 0.</li>
 * </ul>
 */
public final class GoalProgress {

    private GoalProgress() {
    }

    /** A weight (> 0) and a progress (0..1). */
    public record Weighted(double weight, double progress) {
    }

    /**
     * One goal as the roll-up sees it.
     *
     * @param keyResults     the progress of each key result with its weight
     * @param manualProgress progress reported by goal check-ins (0..1) or null
     */
    public record GoalInput(UUID id, UUID parentId, double weight, boolean cancelled, List<Weighted> keyResults,
                            Double manualProgress) {

        public GoalInput {
            Objects.requireNonNull(id, "id");
            keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
        }
    }

    /** A key result's progress 0..1 from its values (milestones: how many are done of how many). */
    public static double keyResult(KeyResultType type, BigDecimal start, BigDecimal target, BigDecimal current,
                                   int milestonesDone, int milestonesTotal) {
        return switch (type) {
            case NUMERIC, PERCENTAGE -> {
                if (start == null || target == null || current == null || start.compareTo(target) == 0) {
                    yield 0;
                }
                double share = current.subtract(start).divide(target.subtract(start), MathContext.DECIMAL64)
                        .doubleValue();
                yield clamp(share);
            }
            case BOOLEAN -> current != null && current.signum() > 0 ? 1 : 0;
            case MILESTONES -> milestonesTotal <= 0 ? 0 : clamp((double) milestonesDone / milestonesTotal);
        };
    }

    /** Weighted mean of the entries (weights need not add up to anything); 0 for none. */
    public static double weightedMean(Collection<Weighted> entries) {
        double weights = 0;
        double sum = 0;
        for (Weighted entry : entries) {
            if (entry.weight() > 0) {
                weights += entry.weight();
                sum += entry.weight() * clamp(entry.progress());
            }
        }
        return weights == 0 ? 0 : clamp(sum / weights);
    }

    /** One goal's progress from its key results, reported progress and counted (non-cancelled) children. */
    public static double combine(List<Weighted> keyResults, Double manualProgress, List<Weighted> children) {
        boolean hasOwn = !keyResults.isEmpty();
        boolean hasChildren = !children.isEmpty();
        if (hasOwn && hasChildren) {
            return clamp((weightedMean(keyResults) + weightedMean(children)) / 2);
        }
        if (hasOwn) {
            return weightedMean(keyResults);
        }
        if (hasChildren) {
            return weightedMean(children);
        }
        return manualProgress == null ? 0 : clamp(manualProgress);
    }

    /**
     * Every goal's rolled-up progress. A goal whose parent is not among the inputs is a root. Cancelled
     * goals get their own progress too (to show it) but never count in their parent. Should the input
     * hold a cycle (the database refuses them), the goal that closes it counts as 0 there.
     */
    public static Map<UUID, Double> rollUp(Collection<GoalInput> goals) {
        Map<UUID, GoalInput> byId = new HashMap<>();
        Map<UUID, List<GoalInput>> children = new HashMap<>();
        for (GoalInput goal : goals) {
            byId.put(goal.id(), goal);
        }
        for (GoalInput goal : goals) {
            if (goal.parentId() != null && byId.containsKey(goal.parentId()) && !goal.parentId().equals(goal.id())) {
                children.computeIfAbsent(goal.parentId(), k -> new ArrayList<>()).add(goal);
            }
        }
        Map<UUID, Double> progress = new HashMap<>();
        java.util.Set<UUID> entered = new java.util.HashSet<>();
        // Iterative post-order: trees may be deep, and the call stack is not.
        for (GoalInput start : goals) {
            if (progress.containsKey(start.id())) {
                continue;
            }
            Deque<GoalInput> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                GoalInput goal = stack.peek();
                if (entered.add(goal.id())) {
                    for (GoalInput child : children.getOrDefault(goal.id(), List.of())) {
                        if (!progress.containsKey(child.id()) && !entered.contains(child.id())) {
                            stack.push(child);
                        }
                    }
                    continue;
                }
                stack.pop();
                if (progress.containsKey(goal.id())) {
                    continue;
                }
                List<Weighted> counted = new ArrayList<>();
                for (GoalInput child : children.getOrDefault(goal.id(), List.of())) {
                    if (!child.cancelled() && child.weight() > 0) {
                        counted.add(new Weighted(child.weight(), progress.getOrDefault(child.id(), 0.0)));
                    }
                }
                progress.put(goal.id(), combine(goal.keyResults(), goal.manualProgress(), counted));
            }
        }
        return progress;
    }

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value));
    }
}
