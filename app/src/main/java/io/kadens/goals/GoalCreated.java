package io.kadens.goals;

import java.util.UUID;

/** Published (Spring application event) after a goal was created, inside the creating transaction. */
public record GoalCreated(UUID tenantId, UUID goalId, GoalLevel level, UUID ownerId, UUID createdBy) {
}
