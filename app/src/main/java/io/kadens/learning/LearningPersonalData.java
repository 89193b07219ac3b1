package io.kadens.learning;

import static io.kadens.db.Tables.TRAINING_ASSIGNMENT;
import static io.kadens.db.Tables.TRAINING_ITEM;
import static io.kadens.db.Tables.TRAINING_PROGRESS;

import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The training library's part of a person's data export: what was assigned to them (and by whom)
 * and their progress. After an erasure these rows stay for completion figures; they then belong to
 * the pseudonymised person, so no eraser is needed.
 */
@Component
class LearningPersonalData implements PersonalDataExporter {

    record Assignment(UUID itemId, String title, UUID assignedBy, java.time.LocalDate dueDate,
                      java.time.OffsetDateTime assignedAt) {
    }

    record Progress(UUID itemId, String title, String status, int percent, java.time.LocalDate completedOn,
                    java.time.OffsetDateTime updatedAt) {
    }

    record AssignedByThem(UUID itemId, String title, UUID employeeId, java.time.OffsetDateTime assignedAt) {
    }

    private final DSLContext db;

    LearningPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var assignments = db.select(TRAINING_ASSIGNMENT.ITEM_ID, TRAINING_ITEM.TITLE, TRAINING_ASSIGNMENT.ASSIGNED_BY,
                        TRAINING_ASSIGNMENT.DUE_DATE, TRAINING_ASSIGNMENT.ASSIGNED_AT)
                .from(TRAINING_ASSIGNMENT)
                .join(TRAINING_ITEM).on(TRAINING_ITEM.TENANT_ID.eq(TRAINING_ASSIGNMENT.TENANT_ID)
                        .and(TRAINING_ITEM.ID.eq(TRAINING_ASSIGNMENT.ITEM_ID)))
                .where(TRAINING_ASSIGNMENT.EMPLOYEE_ID.eq(personId))
                .orderBy(TRAINING_ASSIGNMENT.ASSIGNED_AT)
                .fetch(row -> new Assignment(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
        var progress = db.select(TRAINING_PROGRESS.ITEM_ID, TRAINING_ITEM.TITLE, TRAINING_PROGRESS.STATUS,
                        TRAINING_PROGRESS.PERCENT, TRAINING_PROGRESS.COMPLETED_ON, TRAINING_PROGRESS.UPDATED_AT)
                .from(TRAINING_PROGRESS)
                .join(TRAINING_ITEM).on(TRAINING_ITEM.TENANT_ID.eq(TRAINING_PROGRESS.TENANT_ID)
                        .and(TRAINING_ITEM.ID.eq(TRAINING_PROGRESS.ITEM_ID)))
                .where(TRAINING_PROGRESS.EMPLOYEE_ID.eq(personId))
                .orderBy(TRAINING_PROGRESS.UPDATED_AT)
                .fetch(row -> new Progress(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
        var assignedByThem = db.select(TRAINING_ASSIGNMENT.ITEM_ID, TRAINING_ITEM.TITLE, TRAINING_ASSIGNMENT.EMPLOYEE_ID,
                        TRAINING_ASSIGNMENT.ASSIGNED_AT)
                .from(TRAINING_ASSIGNMENT)
                .join(TRAINING_ITEM).on(TRAINING_ITEM.TENANT_ID.eq(TRAINING_ASSIGNMENT.TENANT_ID)
                        .and(TRAINING_ITEM.ID.eq(TRAINING_ASSIGNMENT.ITEM_ID)))
                .where(TRAINING_ASSIGNMENT.ASSIGNED_BY.eq(personId).and(TRAINING_ASSIGNMENT.EMPLOYEE_ID.ne(personId)))
                .orderBy(TRAINING_ASSIGNMENT.ASSIGNED_AT)
                .fetch(row -> new AssignedByThem(row.value1(), row.value2(), row.value3(), row.value4()));
        return Map.of("learning-assignments", assignments, "learning-progress", progress,
                "learning-assigned-by-them", assignedByThem);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("training_assignment.employee_id", "training_assignment.assigned_by",
                "training_progress.employee_id");
    }
}
