package io.kadens.compensation;

import java.util.List;
import java.util.UUID;

/**
 * A promotion nomination checked against the target level: the person's latest assessed proficiency (the manager's
 * rating, else their own) per competency the target level expects, and their final rating in the review cycle.
 *
 * @param gaps the competencies where the person is below the expectation or was never assessed
 */
public record PromotionCheck(UUID employeeId, UUID fromLevelId, UUID targetLevelId, String targetLevelName,
                             Integer finalRating, List<Expectation> expectations, List<Expectation> gaps) {

    /** @param assessed null when the person was never assessed on it */
    public record Expectation(UUID competencyId, String name, int expected, Integer assessed) {

        public boolean met() {
            return assessed != null && assessed >= expected;
        }
    }

    public boolean meetsExpectations() {
        return gaps.isEmpty();
    }
}
