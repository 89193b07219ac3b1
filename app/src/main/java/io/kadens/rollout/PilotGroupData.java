package io.kadens.rollout;

import java.util.Set;
import java.util.UUID;

/**
 * A pilot group as an HR admin defines it: its members are departments (with the departments below them),
 * teams (with their sub-teams) and chosen people; the features it pilots; its change champions.
 */
public record PilotGroupData(String name, DepartmentKind departmentKind, Set<Feature> features,
                             Set<UUID> departmentIds, Set<UUID> teamIds, Set<UUID> personIds, Set<UUID> championIds) {

    public PilotGroupData {
        features = features == null ? Set.of() : Set.copyOf(features);
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        championIds = championIds == null ? Set.of() : Set.copyOf(championIds);
    }

    public boolean hasMembers() {
        return !departmentIds.isEmpty() || !teamIds.isEmpty() || !personIds.isEmpty();
    }
}
