package io.kadens.tenants;

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
 * Secrets that name their tenant: a prefix, then URL-safe Base64 of 16 bytes of the tenant id and
 * 32 random bytes. The tenant part lets a request with no signed-in user bind that tenant before it
 * reads anything (no global lookup table); the secret is then found by its SHA-256 inside that
 * tenant's row-level security, so a forged tenant part finds nothing. Only hashes are stored.
 * Invitation links and personal access tokens use it.
 */
public final class TenantTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TENANT_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    /** 48 bytes are 64 Base64 characters without padding. */
    public static final int ENCODED_LENGTH = 64;

    private TenantTokens() {
    }

    public static String newToken(String prefix, TenantId tenant) {
        ByteBuffer bytes = ByteBuffer.allocate(TENANT_BYTES + SECRET_BYTES);
        UUID id = tenant.value();
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        bytes.put(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The tenant a token names, or empty when it is no token of this shape at all. */
    public static Optional<TenantId> tenantOf(String prefix, String token) {
        if (token == null || token.length() != prefix.length() + ENCODED_LENGTH || !token.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(prefix.length())));
            return Optional.of(new TenantId(new UUID(bytes.getLong(), bytes.getLong())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The stored form of a token: hex SHA-256 of its text. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
