package io.kadens.learning;

import java.time.LocalDate;
import java.util.UUID;

/** A training item a manager asked a report to take, with its due date and the report's progress. */
public record Assignment(UUID id, UUID itemId, String itemTitle, UUID employeeId, String employeeName,
                         UUID assignedBy, LocalDate dueDate, Progress progress) {
}
