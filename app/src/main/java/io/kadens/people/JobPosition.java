package io.kadens.people;

import java.util.UUID;

/** Where a person stands on a job family's ladder: the family, and the level (null when none is set). */
public record JobPosition(UUID jobFamilyId, UUID jobLevelId) {
}
