package io.kadens.tenants;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one tenant (one company). */
public record TenantId(UUID value) implements Serializable {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
