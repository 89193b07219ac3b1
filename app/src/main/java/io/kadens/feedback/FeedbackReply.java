package io.kadens.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reply in a feedback item's thread. On an anonymous item, the anonymous author's replies carry no
 * author, and no reply carries an exact time (only {@code writtenOn}'s month is meaningful there).
 *
 * @param writtenAt null in threads of anonymous items
 * @param writtenOn in threads of anonymous items, the first day of the month
 */
public record FeedbackReply(UUID id, UUID feedbackId, UUID authorId, String authorName, boolean byAnonymousAuthor,
                            String text, LocalDate writtenOn, Instant writtenAt, boolean mine) {
}
