package io.kadens.notifications;

import java.util.Optional;
import java.util.UUID;

/** Who a notification goes to, as they are when it is sent. */
record Recipient(UUID id, String givenName, String familyName, String email, Optional<String> preferredLocale,
                 boolean active) {
}
