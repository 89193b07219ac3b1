package io.kadens.oneonones;

import java.time.Instant;
import java.util.UUID;

/**
 * The check-in an employee fills in now: the one for their next manager 1:1.
 *
 * @param submitted the answers when already sent (then it can still be changed until the meeting), else null
 */
public record CurrentCheckIn(UUID meetingId, Instant meetingAt, Participant manager, Questionnaire questionnaire,
                             CheckIn submitted) {
}
