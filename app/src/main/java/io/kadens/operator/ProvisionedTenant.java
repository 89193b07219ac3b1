package io.kadens.operator;

import io.kadens.organisation.Organisation;
import java.util.Optional;

/**
 * A provisioned tenant. The tenant, its first admin and the invitation are committed; only the
 * email may have failed, in which case the operator can send it again.
 *
 * @param deliveryFailure why the invitation email could not be sent, empty when it was
 */
public record ProvisionedTenant(Organisation organisation, String adminEmail, Optional<String> deliveryFailure) {
}
