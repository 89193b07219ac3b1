package io.kadens.goals;

import java.time.Instant;
import java.util.UUID;

/** One item of a milestone key result's checklist. */
public record Milestone(UUID id, String title, boolean done, Instant doneAt, long version) {
}
