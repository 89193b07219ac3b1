/**
 * Calibration of a review cycle's ratings (issue 15, part 5): sessions per department or group, the tenant's
 * rating guideline, calibrators' private previews, the facilitator's 9-box moves with reasons, and the rating
 * distribution by department and level. The root package is the API ({@link io.kadens.calibration.CalibrationSessions}
 * and records); the calibrated rating itself is recorded through {@code io.kadens.reviews.ReviewOutcomes}.
 * Ratings are shown only to HR admins, the session's calibrators and facilitator, and the manager chain above a person.
 */
package io.kadens.calibration;
