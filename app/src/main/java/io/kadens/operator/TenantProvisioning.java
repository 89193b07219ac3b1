package io.kadens.operator;

/**
 * What the operator enters to provision a tenant: the organisation's registry entry and its
 * first HR admin, who gets an invitation. Checked by {@link OperatorConsole#provision}.
 */
public record TenantProvisioning(String slug, String name, String locale, String timeZone,
                                 String adminGivenName, String adminFamilyName, String adminEmail) {
}
