package io.kadens.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kadens.goals.GoalProgress.GoalInput;
import io.kadens.goals.GoalProgress.Weighted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The roll-up arithmetic, property-based over random trees: each repetition builds a random forest
 * from its own fixed seed (so a failure names the seed that reproduces it) and checks properties that
 * must hold for every tree.
 */
class GoalProgressTest {

    private static final int TREES = 400;

    // ------------------------------------------------------------------ key results

    @Test
    void numericProgressIsTheShareOfTheWayFromStartToTargetClamped() {
        assertThat(kr(KeyResultType.NUMERIC, "10", "20", "15")).isEqualTo(0.5);
        assertThat(kr(KeyResultType.NUMERIC, "10", "20", "5")).isZero();
        assertThat(kr(KeyResultType.NUMERIC, "10", "20", "25")).isEqualTo(1.0);
        // A decreasing target: from 40 complaints down to 10.
        assertThat(kr(KeyResultType.NUMERIC, "40", "10", "25")).isEqualTo(0.5);
        assertThat(kr(KeyResultType.NUMERIC, "40", "10", "45")).isZero();
        assertThat(kr(KeyResultType.NUMERIC, "40", "10", "0")).isEqualTo(1.0);
        assertThat(kr(KeyResultType.PERCENTAGE, "20", "80", "50")).isEqualTo(0.5);
        assertThat(kr(KeyResultType.BOOLEAN, "0", "1", "1")).isEqualTo(1.0);
        assertThat(kr(KeyResultType.BOOLEAN, "0", "1", "0")).isZero();
        assertThat(GoalProgress.keyResult(KeyResultType.MILESTONES, null, null, null, 3, 4)).isEqualTo(0.75);
        assertThat(GoalProgress.keyResult(KeyResultType.MILESTONES, null, null, null, 0, 0)).isZero();
    }

    private static double kr(KeyResultType type, String start, String target, String current) {
        return GoalProgress.keyResult(type, new BigDecimal(start), new BigDecimal(target), new BigDecimal(current), 0, 0);
    }

    @Test
    void ownKeyResultsAndChildrenCountHalfEach() {
        double progress = GoalProgress.combine(List.of(new Weighted(1, 1.0)), null, List.of(new Weighted(3, 0.0)));
        assertThat(progress).isEqualTo(0.5);
        assertThat(GoalProgress.combine(List.of(), 0.3, List.of())).isEqualTo(0.3);
        assertThat(GoalProgress.combine(List.of(), 0.3, List.of(new Weighted(1, 0.8)))).isEqualTo(0.8);
        assertThat(GoalProgress.combine(List.of(new Weighted(1, 0.2), new Weighted(3, 0.6)), 0.9, List.of()))
                .isCloseTo(0.5, within(1e-12));
    }

    // ------------------------------------------------------------------ properties over random trees

    @RepeatedTest(TREES)
    void progressStaysBetweenZeroAndOne(RepetitionInfo repetition) {
        List<GoalInput> forest = randomForest(new Random(repetition.getCurrentRepetition()), false);
        GoalProgress.rollUp(forest).forEach((id, progress) -> assertThat(progress).isBetween(0.0, 1.0));
        assertThat(GoalProgress.rollUp(forest)).hasSize(forest.size());
    }

    @RepeatedTest(TREES)
    void scalingAllWeightsChangesNothing(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        List<GoalInput> forest = randomForest(new Random(seed), false);
        double factor = 0.01 + new Random(seed * 31).nextDouble() * 500;
        List<GoalInput> scaled = forest.stream().map(goal -> new GoalInput(goal.id(), goal.parentId(),
                goal.weight() * factor, goal.cancelled(),
                goal.keyResults().stream().map(kr -> new Weighted(kr.weight() * factor, kr.progress())).toList(),
                goal.manualProgress())).toList();
        Map<UUID, Double> before = GoalProgress.rollUp(forest);
        Map<UUID, Double> after = GoalProgress.rollUp(scaled);
        before.forEach((id, progress) -> assertThat(after.get(id)).as("seed %d", seed).isCloseTo(progress, within(1e-9)));
    }

    @RepeatedTest(TREES)
    void cancelledGoalsDoNotCountInTheirParents(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        List<GoalInput> forest = randomForest(new Random(seed), true);
        Map<UUID, Double> progress = GoalProgress.rollUp(forest);
        // Removing every cancelled goal's subtree link (dropping the cancelled goals) leaves the others unchanged.
        List<GoalInput> withoutCancelled = forest.stream().filter(goal -> !goal.cancelled()).toList();
        Map<UUID, Double> without = GoalProgress.rollUp(withoutCancelled);
        without.forEach((id, value) -> {
            boolean underCancelled = ancestorCancelled(forest, id);
            if (!underCancelled) {
                assertThat(progress.get(id)).as("seed %d", seed).isCloseTo(value, within(1e-9));
            }
        });
    }

    @RepeatedTest(TREES)
    void everythingCompleteRollsUpToOne(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        List<GoalInput> forest = randomForest(new Random(seed), false).stream()
                .map(goal -> new GoalInput(goal.id(), goal.parentId(), goal.weight(), goal.cancelled(),
                        goal.keyResults().stream().map(kr -> new Weighted(kr.weight(), 1.0)).toList(), 1.0))
                .toList();
        GoalProgress.rollUp(forest).forEach((id, progress) ->
                assertThat(progress).as("seed %d", seed).isCloseTo(1.0, within(1e-9)));
    }

    @RepeatedTest(TREES)
    void aParentLiesBetweenItsLowestAndHighestCountedPart(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        List<GoalInput> forest = randomForest(new Random(seed), true);
        Map<UUID, Double> progress = GoalProgress.rollUp(forest);
        for (GoalInput goal : forest) {
            List<Double> parts = new ArrayList<>();
            goal.keyResults().forEach(kr -> parts.add(kr.progress()));
            forest.stream().filter(child -> goal.id().equals(child.parentId()) && !child.cancelled())
                    .forEach(child -> parts.add(progress.get(child.id())));
            if (!parts.isEmpty()) {
                double min = parts.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = parts.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertThat(progress.get(goal.id())).as("seed %d", seed).isBetween(min - 1e-9, max + 1e-9);
            }
        }
    }

    @Test
    void aVeryDeepChainNeedsNoDeepStack() {
        List<GoalInput> chain = new ArrayList<>();
        UUID parent = null;
        for (int i = 0; i < 50_000; i++) {
            UUID id = UUID.randomUUID();
            chain.add(new GoalInput(id, parent, 1, false, i == 49_999 ? List.of(new Weighted(1, 0.4)) : List.of(),
                    null));
            parent = id;
        }
        assertThat(GoalProgress.rollUp(chain).get(chain.getFirst().id())).isCloseTo(0.4, within(1e-9));
    }

    private static boolean ancestorCancelled(List<GoalInput> forest, UUID id) {
        Map<UUID, GoalInput> byId = new java.util.HashMap<>();
        forest.forEach(goal -> byId.put(goal.id(), goal));
        GoalInput goal = byId.get(id);
        while (goal != null) {
            if (goal.cancelled()) {
                return true;
            }
            goal = goal.parentId() == null ? null : byId.get(goal.parentId());
        }
        return false;
    }

    /** 1..60 goals; each picks an earlier goal as parent (or none), so the result is a forest of any depth. */
    private static List<GoalInput> randomForest(Random random, boolean withCancelled) {
        int size = 1 + random.nextInt(60);
        List<GoalInput> goals = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UUID parent = i == 0 || random.nextInt(5) == 0 ? null : goals.get(random.nextInt(i)).id();
            int keyResults = random.nextInt(4);
            List<Weighted> krs = new ArrayList<>();
            for (int k = 0; k < keyResults; k++) {
                krs.add(new Weighted(0.1 + random.nextDouble() * 10, random.nextDouble()));
            }
            Double manual = random.nextBoolean() ? random.nextDouble() : null;
            goals.add(new GoalInput(UUID.randomUUID(), parent, 0.1 + random.nextDouble() * 10,
                    withCancelled && random.nextInt(6) == 0, krs, manual));
        }
        return goals;
    }
}
