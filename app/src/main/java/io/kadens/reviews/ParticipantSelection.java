package io.kadens.reviews;

import java.util.Set;
import java.util.UUID;

/**
 * Who a cycle is for: the active members of these departments and teams, and these people. Pilot groups
 * come later as one more kind of set.
 */
public record ParticipantSelection(Set<UUID> departmentIds, Set<UUID> teamIds, Set<UUID> personIds) {

    public ParticipantSelection {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }

    public boolean isEmpty() {
        return departmentIds.isEmpty() && teamIds.isEmpty() && personIds.isEmpty();
    }
}
