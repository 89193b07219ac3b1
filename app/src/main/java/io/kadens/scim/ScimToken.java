package io.kadens.scim;

import java.time.Instant;
import java.util.UUID;

/** A SCIM bearer token as the admin screen lists it: never the token itself, which is shown once. */
public record ScimToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
