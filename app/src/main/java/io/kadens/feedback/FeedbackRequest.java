package io.kadens.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A feedback request as its requester sees it (with every recipient's status), or as one recipient sees
 * it (with only their own entry).
 */
public record FeedbackRequest(UUID id, UUID subjectId, String subjectName, UUID requesterId, String requesterName,
                              String question, LocalDate dueDate, LocalDate askedOn,
                              List<RequestRecipient> recipients) {

    public FeedbackRequest {
        recipients = List.copyOf(recipients);
    }
}
