package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.util.UUID;

/** Published when an HR admin asks to unmask the author of anonymous feedback: every HR admin is told. */
public record FeedbackUnmaskRequested(TenantId tenantId, UUID requestId, UUID feedbackId, UUID requestedBy) {
}
