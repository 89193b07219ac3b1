package io.kadens.reviews;

import java.time.Instant;
import java.util.UUID;

/** A person in a cycle, with their manager at launch, and whether they are still in it. */
public record CycleParticipant(UUID personId, String name, UUID managerId, String managerName, boolean active,
                               Instant addedAt, Instant removedAt, int reviews, int submitted) {
}
