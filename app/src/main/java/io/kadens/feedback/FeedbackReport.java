package io.kadens.feedback;

import java.time.Instant;
import java.util.UUID;

/** One person's report of a feedback item as abusive. */
public record FeedbackReport(UUID id, UUID feedbackId, UUID reporterId, String reporterName, String reason,
                             Instant reportedAt) {
}
