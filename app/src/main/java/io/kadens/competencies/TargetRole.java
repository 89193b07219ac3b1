package io.kadens.competencies;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The role a person aims for: a level of a job family. */
public record TargetRole(UUID personId, UUID jobFamilyId, String jobFamilyName, UUID jobLevelId, String jobLevelName,
                         OffsetDateTime setAt, long version) {
}
