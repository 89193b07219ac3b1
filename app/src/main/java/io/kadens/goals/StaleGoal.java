package io.kadens.goals;

import java.time.Instant;

/** A goal of a person that nobody updated for the tenant's number of days. */
public record StaleGoal(GoalSummary goal, Instant lastUpdate, long daysWithoutUpdate) {
}
