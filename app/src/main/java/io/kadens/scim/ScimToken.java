package io.kadens.scim;

import java.time.Instant;
import java.util.UUID;

/**
 * A SCIM bearer token as the admin screen lists it: never the token itself, which is shown once.
 *
 * @param active neither revoked nor expired when the list was read
 */
public record ScimToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                        Instant expiresAt, boolean active) {

    public boolean expired() {
        return revokedAt == null && !active;
    }
}
