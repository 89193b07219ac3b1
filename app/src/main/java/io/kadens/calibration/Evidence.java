package io.kadens.calibration;

import io.kadens.reviews.CalibrationReviewEvidence.ReviewEvidence;
import java.util.List;

/**
 * What the meeting puts side by side for one person: the outcome's ratings, the previews the viewer may see, the
 * moves made so far, and what the reviews say (the manager review's answers and the pooled peer and upward answers,
 * withheld below the anonymity threshold); {@code review} is null where it was not asked for.
 */
public record Evidence(CalibrationPerson person, List<CalibrationMove> moves, ReviewEvidence review) {

    public Evidence(CalibrationPerson person, List<CalibrationMove> moves) {
        this(person, moves, null);
    }
}
