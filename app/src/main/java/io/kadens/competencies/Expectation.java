package io.kadens.competencies;

import java.util.UUID;

/** The proficiency a job level is expected to show in a competency (1 to the tenant's scale). */
public record Expectation(UUID competencyId, UUID jobFamilyId, UUID jobLevelId, int level) {
}
