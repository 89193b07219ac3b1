package io.kadens.goals;

import java.time.Instant;

/** A person's judgement of a goal's health that replaces the computed one, with who and when. */
public record HealthOverride(Health health, String reason, PersonRef by, Instant at) {
}
