package io.kadens.scim;

import io.kadens.tenants.TenantId;
import java.io.Serializable;
import java.util.UUID;

/** The identity provider behind a SCIM request: which tenant's token, and its name for the audit log. */
public record ScimClient(TenantId tenantId, UUID tokenId, String tokenName) implements Serializable {

    public String auditActor() {
        return "SCIM token " + tokenName;
    }
}
