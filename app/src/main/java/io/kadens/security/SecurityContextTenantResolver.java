package io.kadens.security;

import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The tenant of a request is the signed-in user's tenant, the person their employee id; the operator has neither. */
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

    @Override
    public Optional<UUID> currentPerson() {
        return currentUser.get().filter(user -> user.tenant().isPresent()).map(KadensUser::personId);
    }
}
