package io.kadens.rollout;

import java.util.List;
import java.util.UUID;

/** Whom a person asks about the new process (step 7): the tenant's contact person and the champions of their groups. */
public record RolloutContacts(UUID contactPersonId, String contactName, List<Champion> champions) {

    public record Champion(UUID personId, String name, UUID groupId, String groupName) {
    }
}
