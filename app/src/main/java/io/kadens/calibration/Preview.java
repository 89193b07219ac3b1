package io.kadens.calibration;

import java.time.Instant;
import java.util.UUID;

/** A calibrator's proposed rating (and potential, when given) for one person. */
public record Preview(UUID calibratorId, String calibratorName, UUID employeeId, int rating, Integer potential,
                      Instant recordedAt) {
}
