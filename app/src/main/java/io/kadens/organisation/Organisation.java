package io.kadens.organisation;

import io.kadens.tenants.TenantId;

/** A company that uses Kadens: one tenant. */
public record Organisation(TenantId id, String slug, String name, String locale, String timeZone, Status status) {

    public enum Status { ACTIVE, SUSPENDED }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
