package io.kadens.feedback;

import java.time.LocalDate;
import java.util.UUID;

/** One recipient's open request that falls due, for reminders. */
public record DueFeedbackRequest(UUID requestId, UUID recipientId, UUID requesterId, UUID subjectId,
                                 String question, LocalDate dueDate) {
}
