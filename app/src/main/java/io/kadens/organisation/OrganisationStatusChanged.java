package io.kadens.organisation;

import io.kadens.tenants.TenantId;

/** A tenant was suspended or resumed; published inside the transaction that changed it. */
public record OrganisationStatusChanged(TenantId tenantId, Organisation.Status status) {
}
