package io.kadens.feedback;

import java.util.UUID;

/** The sealed author of one anonymous item, read by the HR admin who asked after a second one approved. */
public record AuthorReveal(UUID feedbackId, UUID authorId, String authorName) {
}
