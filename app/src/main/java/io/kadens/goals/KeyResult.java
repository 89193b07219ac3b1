package io.kadens.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A key result with its progress 0..1. Values: NUMERIC start/target/current in {@code unit};
 * PERCENTAGE 0..100; BOOLEAN start 0, target 1, current 0 or 1; MILESTONES no values, the checklist.
 */
public record KeyResult(UUID id, UUID goalId, String title, KeyResultType type, BigDecimal startValue,
                        BigDecimal targetValue, BigDecimal currentValue, String unit, BigDecimal weight,
                        List<Milestone> milestones, double progress, long version) {

    public KeyResult {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
