package io.kadens.people;

import java.util.UUID;

/** A department in the organisation tree; headcount counts its active people, not those of sub-departments. */
public record Department(UUID id, String name, UUID parentId, long version, int headcount) {
}
