package io.kadens.reviews;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review the signed-in person has to write (or has written): whom it is about, on which form, by when.
 *
 * @param deadline the deadline of the form's phase ({@link CyclePhase#writingPhaseOf})
 * @param refusal  why it cannot be submitted now, as an i18n key (paused, closed, late), or null
 */
public record ReviewTask(UUID reviewId, UUID cycleId, String cycleName, CycleStatus cycleStatus, UUID subjectId,
                         String subjectName, ReviewForm form, ReviewStatus status, LocalDate deadline, String refusal) {

    public boolean open() {
        return status != ReviewStatus.SUBMITTED && refusal == null;
    }
}
