package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.util.UUID;

/**
 * Published when a second HR admin approved unmasking an author: every HR admin is told. It never names
 * the author.
 */
public record FeedbackAuthorUnmasked(TenantId tenantId, UUID requestId, UUID feedbackId, UUID requestedBy,
                                     UUID approvedBy) {
}
