package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Published when someone asks people for feedback (within the request's transaction). */
public record FeedbackRequested(TenantId tenantId, UUID requestId, UUID requesterId, UUID subjectId,
                                List<UUID> recipientIds, String question, LocalDate dueDate) {

    public FeedbackRequested {
        recipientIds = List.copyOf(recipientIds);
    }
}
