package io.kadens.reviews;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a cycle ended for one participant: the manager's overall rating, the calibrated rating and potential, and
 * whether the outcome was shared and acknowledged. A participant nobody calibrated or shared yet has an outcome
 * with only the manager rating (or nothing) and version 0.
 *
 * @param managerRating    the overall rating of the submitted manager review, null when none
 * @param calibratedRating the rating calibration settled on, null until calibrated
 * @param potential        1 low, 2 medium, 3 high, null until calibrated
 * @param version          for optimistic locking of calibration and sharing; 0 while nothing was recorded
 */
public record ReviewOutcome(UUID cycleId, UUID employeeId, UUID managerId, Integer managerRating,
                           Integer calibratedRating, Integer potential, Instant calibratedAt, Instant sharedAt,
                           Instant acknowledgedAt, String employeeComment, long version) {

    /** The rating that counts: calibration's when it settled one, else the manager's; null when neither exists. */
    public Integer finalRating() {
        return calibratedRating != null ? calibratedRating : managerRating;
    }

    public boolean shared() {
        return sharedAt != null;
    }
}
