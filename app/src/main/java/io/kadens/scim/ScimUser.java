package io.kadens.scim;

import java.time.Instant;
import java.util.UUID;

/** A person as a SCIM User: userName is the work email. */
record ScimUser(UUID id, String externalId, String userName, String givenName, String familyName, boolean active,
                String title, String phone, String preferredLanguage, String department, UUID managerId,
                Instant created, long version) {
}
