package io.kadens.rollout;

import java.util.UUID;

/** A stored pilot group with the number of active people in it today. */
public record PilotGroup(UUID id, long version, PilotGroupData data, int size) {

    public String name() {
        return data.name();
    }
}
