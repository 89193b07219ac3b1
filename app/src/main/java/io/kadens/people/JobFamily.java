package io.kadens.people;

import java.util.List;
import java.util.UUID;

/** A job family with its ladder of levels, lowest rank first. */
public record JobFamily(UUID id, String name, long version, List<JobLevel> levels) {

    public record JobLevel(UUID id, int rank, String name) {
    }
}
