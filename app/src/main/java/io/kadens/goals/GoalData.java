package io.kadens.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a person enters to create or edit a goal.
 *
 * @param level          where the goal sits
 * @param departmentId   required for department goals; for team and individual goals filled from the team/owner when null
 * @param teamId         required for team goals; for individual goals filled from the owner when null
 * @param ownerId        the accountable person; null means the signed-in user
 * @param contributorIds people who help (may edit and check in)
 * @param parentId       the goal this one aligns to, or null
 * @param cycleId        the goal cycle; or null with {@code startsOn}/{@code endsOn} for custom dates
 * @param weight         how much the goal counts in its parent's roll-up (and in reviews later); null means 1
 */
public record GoalData(
        String title,
        String description,
        GoalLevel level,
        UUID departmentId,
        UUID teamId,
        UUID ownerId,
        Set<UUID> contributorIds,
        UUID parentId,
        GoalVisibility visibility,
        UUID cycleId,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal weight,
        GoalKind kind) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5000;

    public GoalData {
        description = description == null ? "" : description;
        contributorIds = contributorIds == null ? Set.of() : Set.copyOf(contributorIds);
    }
}
