package io.kadens.goals;

import java.util.UUID;

/** Published (Spring application event) after a check-in was recorded, inside its transaction. */
public record GoalCheckedIn(UUID tenantId, UUID goalId, UUID checkInId, UUID keyResultId, UUID authorId,
                            int confidence, double goalProgress) {
}
