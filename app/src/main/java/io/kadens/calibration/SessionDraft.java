package io.kadens.calibration;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an HR admin fills in to set up a session.
 *
 * @param scopeIds  the departments, teams or people (by {@code scopeKind}); the session holds the cycle's active
 *                  participants among them
 * @param guideline the session's own expected shares per rating (lowest first, summing to 100), null to follow
 *                  the tenant's guideline
 */
public record SessionDraft(UUID cycleId, String name, ScopeKind scopeKind, Set<UUID> scopeIds, UUID facilitatorId,
                           Set<UUID> calibratorIds, List<Integer> guideline) {
}
