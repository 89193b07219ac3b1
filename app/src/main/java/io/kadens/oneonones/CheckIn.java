package io.kadens.oneonones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submitted check-in: the report's answers before a manager 1:1, and the manager's reply.
 *
 * @param onTime whether it was submitted before the meeting's time
 */
public record CheckIn(UUID id, UUID meetingId, Instant meetingAt, Participant employee, Participant manager,
                      Integer pulse, List<CheckInAnswer> answers, Instant submittedAt, boolean onTime, String reply,
                      Instant repliedAt, long version) {
}
