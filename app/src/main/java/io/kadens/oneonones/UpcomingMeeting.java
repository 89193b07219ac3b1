package io.kadens.oneonones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A scheduled meeting with its participants and agenda, for reminders (read by background work). */
public record UpcomingMeeting(UUID meetingId, UUID pairId, PairKind kind, Instant scheduledAt, int durationMinutes,
                              Participant lead, Participant member, List<AgendaItem> agenda) {
}
