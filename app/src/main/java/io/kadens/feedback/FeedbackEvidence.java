package io.kadens.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One feedback item about a person, as evidence for the AI feedback summary. Anonymous items appear
 * only in groups above the tenant's threshold, without author or date, in an order that identifies nobody.
 *
 * @param givenOn     null for anonymous items
 * @param authorLabel the author's name; null for anonymous items
 */
public record FeedbackEvidence(UUID feedbackId, String text, FeedbackSource source, boolean anonymous,
                               String competency, UUID goalId, LocalDate givenOn, String authorLabel) {
}
