package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.util.UUID;

/**
 * Published when feedback is given. It never names the author (the item may be anonymous).
 *
 * @param requestId the request it answers, or null
 */
public record FeedbackGiven(TenantId tenantId, UUID feedbackId, UUID receiverId, UUID requestId) {
}
