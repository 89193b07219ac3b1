package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/**
 * A person's proficiency against what their job level expects, per competency that applies to them.
 * {@code current} is the latest manager rating, or the latest self rating when no manager has rated.
 */
public record SkillProfile(UUID personId, String personName, int scale, UUID jobFamilyId, UUID jobLevelId,
                           List<Row> rows) {

    public record Row(UUID competencyId, String name, CompetencyGroup group, Integer expected, Integer self,
                      Integer manager) {

        public Integer current() {
            return manager != null ? manager : self;
        }

        /** Expected minus current; positive is a gap. Null when either is unknown. */
        public Integer gap() {
            return expected == null || current() == null ? null : expected - current();
        }
    }
}
