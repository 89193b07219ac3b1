package io.kadens.apitokens;

import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import java.util.Optional;

/**
 * The text of a personal access token: {@code kdn_} and then URL-safe Base64 of 16 bytes naming the
 * tenant and 32 random bytes. The tenant part lets the server bind that tenant before it reads any
 * token (no global lookup table); the token is then found by its SHA-256 inside that tenant's
 * row-level security scope, so a forged tenant part finds nothing. Only the hash is stored.
 */
final class TokenText {

    static final String PREFIX = "kdn_";
    static final int LENGTH = PREFIX.length() + TenantTokens.ENCODED_LENGTH;

    private TokenText() {
    }

    static String newToken(TenantId tenant) {
        return TenantTokens.newToken(PREFIX, tenant);
    }

    /** The tenant a token names, or empty when it is no token of ours at all. */
    static Optional<TenantId> tenantOf(String token) {
        return TenantTokens.tenantOf(PREFIX, token);
    }

    static String hash(String token) {
        return TenantTokens.hash(token);
    }
}
