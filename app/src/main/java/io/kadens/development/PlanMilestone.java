package io.kadens.development;

import java.time.LocalDate;
import java.util.UUID;

/** A step on the way to an objective; done when it has a date it was reached. */
public record PlanMilestone(UUID id, String title, LocalDate dueOn, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }
}
