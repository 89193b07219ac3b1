package io.kadens.feedback;

import io.kadens.tenants.TenantId;
import java.util.UUID;

/** Published when someone praises a colleague on the tenant's feed. */
public record PraiseGiven(TenantId tenantId, UUID praiseId, UUID authorId, UUID recipientId, String text) {
}
