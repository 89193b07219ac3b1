package io.kadens.feedback;

import java.time.LocalDate;
import java.util.UUID;

/** One person asked in a feedback request, and where they stand. */
public record RequestRecipient(UUID recipientId, String name, RequestStatus status, LocalDate respondedOn) {
}
