package io.kadens.oneonones;

import java.time.Instant;
import java.util.UUID;

/** A meeting of a series without its content: when, how long, and whether it was held. */
public record MeetingSummary(UUID id, UUID pairId, Instant scheduledAt, int durationMinutes, MeetingStatus status,
                             Instant completedAt, long version) {
}
