package io.kadens.goals;

import java.util.UUID;

/** Published (Spring application event) when a draft goal was deleted, inside the deleting transaction. */
public record GoalDeleted(UUID tenantId, UUID goalId) {
}
