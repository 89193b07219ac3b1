package io.kadens.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One action of an objective.
 *
 * @param mentorId       the mentor or coach of a {@link ActionKind#LEARN_FROM_OTHERS} action, else null
 * @param trainingItemId the library item of a {@link ActionKind#FORMAL_LEARNING} action (null when it was removed)
 */
public record PlanAction(UUID id, ActionKind kind, String title, UUID mentorId, String mentorName, UUID trainingItemId,
                         String trainingItemTitle, LocalDate dueOn, ActionStatus status, Instant completedAt) {

    public boolean open() {
        return status == ActionStatus.OPEN;
    }
}
