package io.kadens.security;

import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The tenant of a request is the signed-in user's tenant; the operator has none. */
@Component
class SecurityContextTenantResolver implements CurrentTenantResolver {

    private final CurrentUser currentUser;

    SecurityContextTenantResolver(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<TenantId> currentTenant() {
        return currentUser.get().flatMap(KadensUser::tenant);
    }
}
