package io.kadens.calibration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A calibration session as its members see it.
 *
 * @param calibrators    calibrator id to name
 * @param guideline      the shares that apply (the session's own, else the tenant's), lowest rating first
 * @param ownGuideline   whether the session overrides the tenant's guideline
 * @param people         how many people the session calibrates
 */
public record CalibrationSession(UUID id, UUID cycleId, String name, ScopeKind scopeKind, List<UUID> scopeIds,
                                 UUID facilitatorId, String facilitatorName, Map<UUID, String> calibrators,
                                 List<Integer> guideline, boolean ownGuideline, SessionStatus status, int people,
                                 Instant createdAt, Instant openedAt, Instant finishedAt, long version) {
}
