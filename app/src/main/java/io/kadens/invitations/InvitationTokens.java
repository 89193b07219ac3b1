package io.kadens.invitations;

import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import java.util.Optional;

/**
 * One-time link tokens: 16 bytes naming the tenant, then 32 random bytes, URL-safe Base64.
 * The tenant part lets an anonymous request bind the right tenant before it reads anything (row-
 * level security hides every invitation until then); the random part makes the token unguessable.
 * Only the SHA-256 of the whole token is stored, so a copy of the database opens no account.
 */
final class InvitationTokens {

    private InvitationTokens() {
    }

    static String newToken(TenantId tenant) {
        return TenantTokens.newToken("", tenant);
    }

    /** The tenant a token names, or empty when it is no token of ours at all. */
    static Optional<TenantId> tenantOf(String token) {
        return TenantTokens.tenantOf("", token);
    }

    static String hash(String token) {
        return TenantTokens.hash(token);
    }
}
