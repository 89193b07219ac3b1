package io.kadens.rollout;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone of a rollout phase, for example "pilot kick-off" or "first process survey sent". */
public record Milestone(UUID id, long version, RolloutPhase phase, String title, LocalDate dueOn, boolean done) {
}
