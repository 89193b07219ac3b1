package io.kadens.calibration;

import java.util.List;

/**
 * What the meeting puts side by side for one person: the outcome's ratings, the previews the viewer may see and
 * the moves made so far.
 */
public record Evidence(CalibrationPerson person, List<CalibrationMove> moves) {
}
