package io.kadens.goals;

import java.util.UUID;

/**
 * Published (Spring application event) when what a goal says changed: its texts, placement or period, or
 * its key results and milestones. Published inside the changing transaction; search indexing listens.
 */
public record GoalUpdated(UUID tenantId, UUID goalId) {
}
