package io.kadens.people;

import java.util.UUID;

/** A team as other features refer to it: its name, department, parent team and lead (each may be null but the department). */
public record OrgTeam(UUID id, String name, UUID departmentId, UUID parentTeamId, UUID leadId) {
}
