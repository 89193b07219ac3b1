package io.kadens.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request for feedback.
 *
 * @param subjectId    whom the feedback is about: the requester, or (for a manager) one of their reports
 * @param recipientIds who is asked: active people of the tenant other than the subject
 * @param question     what the requester wants to know
 * @param dueDate      by when; today or later
 */
public record NewFeedbackRequest(UUID subjectId, List<UUID> recipientIds, String question, LocalDate dueDate) {

    public NewFeedbackRequest {
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
    }
}
