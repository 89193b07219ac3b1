package io.kadens.goals;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A check-in as a person enters it.
 *
 * @param keyResultId the key result the new value is for; null for the goal itself
 * @param value       the key result's new current value (BOOLEAN 0/1; ignored for MILESTONES), or for the goal
 *                    itself its progress in percent 0..100 when it has no key results (null = unchanged)
 * @param confidence  1 (no chance) to 10 (certain)
 */
public record NewCheckIn(UUID keyResultId, BigDecimal value, int confidence, String comment) {

    public static final int MAX_COMMENT = 2000;
}
