package io.kadens.feedback;

import java.time.Instant;
import java.util.UUID;

/** A request to unmask the author of an anonymous item: asked by one HR admin, decided by another. */
public record UnmaskRequest(UUID id, UUID feedbackId, UUID requestedById, String requestedByName, String reason,
                            Instant requestedAt, UnmaskStatus status, UUID decidedById, String decidedByName,
                            Instant decidedAt) {
}
