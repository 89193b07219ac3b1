package io.kadens.calibration;

import java.time.Instant;
import java.util.UUID;

/** One move in the 9-box: who moved whom from where to where, and why. */
public record CalibrationMove(UUID id, UUID employeeId, String employeeName, UUID movedBy, String movedByName,
                              Integer fromRating, Integer fromPotential, int toRating, int toPotential, String reason,
                              Instant movedAt) {
}
