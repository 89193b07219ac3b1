package io.kadens.calibration;

import io.kadens.platform.ConcurrentEditException;
import java.util.UUID;

/**
 * Someone calibrated the person after the viewer loaded the grid: nothing of this move was written; {@code current}
 * is where the person stands now, so the facilitator can decide again.
 */
public class CalibrationConflictException extends ConcurrentEditException {

    private final transient CalibrationPerson current;

    public CalibrationConflictException(UUID employeeId, CalibrationPerson current) {
        super("review-outcome", employeeId);
        this.current = current;
    }

    public CalibrationPerson current() {
        return current;
    }
}
