package io.kadens.goals;

import java.time.Instant;
import java.util.UUID;

/** One message in a goal's discussion. */
public record GoalComment(UUID id, UUID goalId, PersonRef author, String body, Instant at) {

    public static final int MAX_BODY = 4000;
}
