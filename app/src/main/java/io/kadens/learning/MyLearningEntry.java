package io.kadens.learning;

import java.time.LocalDate;

/** An item on the signed-in person's list: assigned to them, or started by them. */
public record MyLearningEntry(TrainingItem item, LocalDate dueDate, String assignedByName, Progress progress) {

    public boolean assigned() {
        return assignedByName != null;
    }
}
