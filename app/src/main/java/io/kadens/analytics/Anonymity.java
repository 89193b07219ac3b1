package io.kadens.analytics;

import io.kadens.platform.Cohort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which groups may show figures (docs/decisions/2026-12-06-analytics.md).
 *
 * <p>People fall into cells: one department's pilot or non-pilot people, as they are today, whatever the period;
 * so the period never changes who is behind a figure. The cells are joined into <em>blocks</em> of at least the
 * tenant's anonymity threshold: a cell that big is a block of its own; the smaller cells of the pilot (and,
 * separately, of the rest) are pooled, and a pool still too small joins the smallest block of the same side (so
 * the pilot vs rest comparison survives whenever both sides are big enough), else the smallest block.
 *
 * <p>A group (a department or all, the pilot, the rest or both) shows figures only when it is made of whole
 * blocks. Every figure shown is then a sum over whole blocks, and so is any sum or difference of figures shown
 * under any combination of filters (department × pilot × period): no arithmetic on them can describe fewer
 * people than the threshold.
 */
final class Anonymity {

    private final List<Cohort.Member> members;
    private final int threshold;
    private final Map<AnalyticsScope.Cell, Integer> cellSizes = new LinkedHashMap<>();
    /** Each non-empty cell's block number. */
    private final Map<AnalyticsScope.Cell, Integer> blockOf = new HashMap<>();
    private final Map<AnalyticsGroup, Integer> populations = new HashMap<>();

    Anonymity(Cohort cohort, int threshold) {
        this.members = cohort.members();
        this.threshold = threshold;
        members.forEach(member -> cellSizes.merge(new AnalyticsScope.Cell(member.departmentId(), member.pilot()), 1,
                Integer::sum));
        List<List<AnalyticsScope.Cell>> blocks = new ArrayList<>();
        List<AnalyticsScope.Cell> ordered = new ArrayList<>(cellSizes.keySet());
        ordered.sort(Comparator.comparing((AnalyticsScope.Cell cell) -> String.valueOf(cell.departmentId()))
                .thenComparing(AnalyticsScope.Cell::pilot));
        for (boolean pilot : new boolean[] {true, false}) {
            List<AnalyticsScope.Cell> pool = new ArrayList<>();
            for (AnalyticsScope.Cell cell : ordered) {
                if (cell.pilot() == pilot) {
                    if (cellSizes.get(cell) >= threshold) {
                        blocks.add(new ArrayList<>(List.of(cell)));
                    } else {
                        pool.add(cell);
                    }
                }
            }
            if (!pool.isEmpty()) {
                blocks.add(pool);
            }
        }
        // Pools below the threshold join the smallest block of their side, else the smallest block.
        boolean merged = true;
        while (merged && blocks.size() > 1) {
            merged = false;
            for (List<AnalyticsScope.Cell> block : blocks) {
                if (size(block) < threshold) {
                    boolean side = block.get(0).pilot();
                    List<AnalyticsScope.Cell> target = blocks.stream().filter(other -> other != block)
                            .filter(other -> other.stream().allMatch(cell -> cell.pilot() == side))
                            .min(Comparator.comparingInt(this::size))
                            .orElseGet(() -> blocks.stream().filter(other -> other != block)
                                    .min(Comparator.comparingInt(this::size)).orElseThrow());
                    target.addAll(block);
                    blocks.remove(block);
                    merged = true;
                    break;
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            for (AnalyticsScope.Cell cell : blocks.get(i)) {
                blockOf.put(cell, i);
            }
        }
    }

    int threshold() {
        return threshold;
    }

    /**
     * Whether the group may show figures: it is made of whole blocks (an empty group shows its zeros), and it has
     * at least the threshold of people (all blocks fall short only in a cohort smaller than the threshold).
     */
    boolean shown(AnalyticsGroup group) {
        int population = population(group);
        if (population == 0) {
            return true;
        }
        if (population < threshold) {
            return false;
        }
        Map<Integer, Boolean> blockInside = new HashMap<>();
        for (AnalyticsScope.Cell cell : cellSizes.keySet()) {
            boolean inside = group.contains(cell.departmentId(), cell.pilot());
            Boolean before = blockInside.putIfAbsent(blockOf.get(cell), inside);
            if (before != null && before != inside) {
                return false;
            }
        }
        return true;
    }

    int population(AnalyticsGroup group) {
        return populations.computeIfAbsent(group, g -> {
            int count = 0;
            for (Map.Entry<AnalyticsScope.Cell, Integer> cell : cellSizes.entrySet()) {
                if (g.contains(cell.getKey().departmentId(), cell.getKey().pilot())) {
                    count += cell.getValue();
                }
            }
            return count;
        });
    }

    /** The departments with people, in no particular order (for tests and listings). */
    Set<UUID> departments() {
        Set<UUID> departments = new java.util.HashSet<>();
        members.forEach(member -> departments.add(member.departmentId()));
        return departments;
    }

    private int size(List<AnalyticsScope.Cell> block) {
        return block.stream().mapToInt(cellSizes::get).sum();
    }
}
