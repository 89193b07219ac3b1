package io.kadens.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal as lists and the alignment tree show it.
 *
 * @param progress         rolled-up progress 0..1 (see {@link GoalProgress})
 * @param health           the override when there is one, else computed; null for cancelled goals
 * @param healthOverridden whether {@code health} is a person's override
 * @param childCount       aligned goals the current user may see (for lazy trees)
 * @param updatedAt        the last edit or check-in
 */
public record GoalSummary(
        UUID id,
        String title,
        GoalLevel level,
        GoalKind kind,
        GoalStatus status,
        ApprovalState approval,
        GoalVisibility visibility,
        PersonRef owner,
        UUID departmentId,
        String departmentName,
        UUID teamId,
        String teamName,
        UUID parentId,
        UUID cycleId,
        String cycleName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal weight,
        double progress,
        Health health,
        boolean healthOverridden,
        int childCount,
        Instant updatedAt,
        long version) {
}
