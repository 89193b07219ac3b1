package io.kadens.people;

import java.util.UUID;

/** An active person and their department (null without one): what aggregates over the whole tenant group by. */
public record OrgMembership(UUID personId, UUID departmentId) {
}
