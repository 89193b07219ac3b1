package io.kadens.tenants;

import java.util.Optional;

/**
 * Where the tenant of the current request comes from when no {@link TenantScope} is bound:
 * the application derives it from the signed-in user.
 */
@FunctionalInterface
public interface CurrentTenantResolver {

    Optional<TenantId> currentTenant();

    /** For processes that only ever bind tenants explicitly. */
    CurrentTenantResolver NONE = Optional::empty;
}
