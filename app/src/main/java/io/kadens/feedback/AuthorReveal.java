package io.kadens.feedback;

import java.util.UUID;

/** The result of a break-glass action: the sealed author of one anonymous item. */
public record AuthorReveal(UUID feedbackId, UUID authorId, String authorName) {
}
