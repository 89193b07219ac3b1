package io.kadens.goals;

import java.time.Instant;
import java.util.UUID;

/** Feedback given about a goal, as the goal detail shows it (supplied by the feedback module). */
public record LinkedFeedback(UUID feedbackId, String authorLabel, String excerpt, Instant givenAt) {
}
