package io.kadens.goals;

import java.time.LocalDate;
import java.util.UUID;

/** The little the SMART coach and other features need about a goal the current user may see. */
public record GoalBrief(UUID id, String title, String description, GoalLevel level, GoalStatus status,
                        LocalDate periodEnd) {
}
