package io.kadens.invitations;

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
 * One-time link tokens: 16 bytes naming the tenant, then 32 random bytes, URL-safe Base64.
 * The tenant part lets an anonymous request bind the right tenant before it reads anything (row-
 * level security hides every invitation until then); the random part makes the token unguessable.
 * Only the SHA-256 of the whole token is stored, so a copy of the database opens no account.
 */
final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TENANT_BYTES = 16;
    private static final int SECRET_BYTES = 32;

    private InvitationTokens() {
    }

    static String newToken(TenantId tenant) {
        ByteBuffer bytes = ByteBuffer.allocate(TENANT_BYTES + SECRET_BYTES);
        UUID id = tenant.value();
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        bytes.put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The tenant a token names, or empty when it is no token of ours at all. */
    static Optional<TenantId> tenantOf(String token) {
        if (token == null || token.length() != 64) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
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
