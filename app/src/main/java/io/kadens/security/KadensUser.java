package io.kadens.security;

import io.kadens.tenants.TenantId;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user, kept in the session. A tenant user carries their tenant and person id;
 * the operator carries neither tenant nor person.
 *
 * @param tenantId         the user's tenant; null for the operator
 * @param personId         the employee id in the tenant, or the operator account id
 * @param organisationSlug what the user typed as organisation at sign-in
 * @param languageTag      the user's language (the person's preference, else the tenant's)
 */
public record KadensUser(
        TenantId tenantId,
        UUID personId,
        String email,
        String displayName,
        String organisationSlug,
        String organisationName,
        Set<Role> roles,
        String languageTag) implements Serializable {

    public KadensUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOperator() {
        return tenantId == null;
    }

    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenantId);
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }
}
