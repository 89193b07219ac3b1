package io.kadens.competencies;

import java.util.UUID;

/** A competency of the tenant's framework; archived ones keep their history and take no new ratings. */
public record Competency(UUID id, long version, CompetencyData data, boolean archived) {

    public String name() {
        return data.name();
    }
}
