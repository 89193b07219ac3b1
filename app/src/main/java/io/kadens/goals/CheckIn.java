package io.kadens.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One entry of a goal's check-in history; {@code goalProgress} is the goal's progress (0..1) right after it. */
public record CheckIn(UUID id, UUID goalId, UUID keyResultId, String keyResultTitle, BigDecimal value,
                      double goalProgress, int confidence, String comment, PersonRef author, Instant at) {
}
