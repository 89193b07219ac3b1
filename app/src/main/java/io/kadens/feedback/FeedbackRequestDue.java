package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published once per open recipient when a request falls due tomorrow (by the daily due-check, or by
 * {@link FeedbackRequests#publishDueReminders}).
 */
public record FeedbackRequestDue(TenantId tenantId, UUID requestId, UUID recipientId, UUID requesterId,
                                 UUID subjectId, LocalDate dueDate) {
}
