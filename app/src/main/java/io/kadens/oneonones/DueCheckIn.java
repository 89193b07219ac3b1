package io.kadens.oneonones;

import java.time.Instant;
import java.util.UUID;

/** A check-in not yet submitted for a manager 1:1 in the asked window, for reminders. */
public record DueCheckIn(UUID meetingId, Instant meetingAt, Participant employee, Participant manager) {
}
