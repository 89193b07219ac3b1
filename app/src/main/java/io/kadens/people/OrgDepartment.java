package io.kadens.people;

import java.util.UUID;

/** A department as other features refer to it: its name and its place in the department tree. */
public record OrgDepartment(UUID id, String name, UUID parentId) {
}
