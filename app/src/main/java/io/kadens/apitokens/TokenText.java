package io.kadens.apitokens;

import io.kadens.tenants.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The text of a personal access token: {@code kdn_} and then URL-safe Base64 of 16 bytes naming the
 * tenant and 32 random bytes. The tenant part lets the server bind that tenant before it reads any
 * token (no global lookup table); the token is then found by its SHA-256 inside that tenant's
 * row-level security scope, so a forged tenant part finds nothing. Only the hash is stored.
 */
final class TokenText {

    static final String PREFIX = "kdn_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TENANT_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    /** 48 bytes are 64 Base64 characters without padding. */
    static final int LENGTH = PREFIX.length() + 64;

    private TokenText() {
    }

    static String newToken(TenantId tenant) {
        ByteBuffer bytes = ByteBuffer.allocate(TENANT_BYTES + SECRET_BYTES);
        UUID id = tenant.value();
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        bytes.put(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The tenant a token names, or empty when it is no token of ours at all. */
    static Optional<TenantId> tenantOf(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())));
            return Optional.of(new TenantId(new UUID(bytes.getLong(), bytes.getLong())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
