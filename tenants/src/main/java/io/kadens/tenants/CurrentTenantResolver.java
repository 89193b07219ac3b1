package io.kadens.tenants;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the tenant of the current request comes from when no {@link TenantScope} is bound:
 * the application derives it from the signed-in user.
 */
@FunctionalInterface
public interface CurrentTenantResolver {

    Optional<TenantId> currentTenant();

    /**
     * The signed-in person within {@link #currentTenant()}, for row-level policies that are narrower
     * than the tenant (a private note only its author may read). Background work has none.
     */
    default Optional<UUID> currentPerson() {
        return Optional.empty();
    }

    /** For processes that only ever bind tenants explicitly. */
    CurrentTenantResolver NONE = Optional::empty;
}
