package io.kadens.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Public praise on the tenant's feed, with its reactions (every reaction of the fixed set, counted). */
public record Praise(UUID id, UUID authorId, String authorName, UUID recipientId, String recipientName,
                     String text, Instant givenAt, List<ReactionCount> reactions) {

    public static final int MAX_LENGTH = 280;

    public Praise {
        reactions = List.copyOf(reactions);
    }
}
