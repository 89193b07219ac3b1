package io.kadens.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A peer asked to review a participant of a cycle.
 *
 * @param declineReason the nominee's reason; shown to the nominee and the subject's manager chain only, null otherwise
 * @param version       for optimistic locking of decisions
 */
public record PeerNomination(UUID id, UUID cycleId, String cycleName, UUID subjectId, String subjectName,
                             UUID nomineeId, String nomineeName, boolean addedByManager, NominationStatus status,
                             String declineReason, Instant decidedAt, LocalDate peerReviewDeadline, long version) {
}
