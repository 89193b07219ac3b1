package io.kadens.people;

import java.util.UUID;

/** A team inside a department, possibly inside another team of the same department, with an optional lead. */
public record Team(UUID id, String name, UUID departmentId, UUID parentTeamId, UUID leadId, String leadName,
                   long version, int headcount) {
}
