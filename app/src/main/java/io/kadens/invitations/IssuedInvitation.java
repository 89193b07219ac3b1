package io.kadens.invitations;

import io.kadens.tenants.TenantId;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A freshly issued invitation with its one-time link, held only in memory between storing the
 * invitation and sending the email: the token itself is never stored.
 */
public record IssuedInvitation(
        TenantId tenantId,
        UUID invitationId,
        String email,
        String givenName,
        String organisationName,
        String inviter,
        Locale locale,
        String timeZone,
        OffsetDateTime expiresAt,
        String token) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + invitationId + " to " + email + "]";
    }
}
