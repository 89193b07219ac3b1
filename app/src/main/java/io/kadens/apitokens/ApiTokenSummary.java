package io.kadens.apitokens;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A token as lists show it: never its text or hash.
 *
 * @param expiresAt null when it never expires
 * @param active    neither revoked nor expired at the time the list was read
 * @param scope     what the token may do
 */
public record ApiTokenSummary(UUID id, UUID personId, String personName, String name, OffsetDateTime createdAt,
                              OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt,
                              boolean active, TokenScope scope) {
}
