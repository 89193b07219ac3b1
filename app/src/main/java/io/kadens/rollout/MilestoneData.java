package io.kadens.rollout;

import java.time.LocalDate;

/** What an HR admin enters for a milestone. */
public record MilestoneData(RolloutPhase phase, String title, LocalDate dueOn, boolean done) {
}
