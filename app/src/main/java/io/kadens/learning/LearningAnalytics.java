package io.kadens.learning;

import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training completion for analytics (issue 16), counted by PostgreSQL for the assignees in a {@link Cohort},
 * grouped by its department and pilot columns. Checks no access rights.
 */
@Service
@Transactional(readOnly = true)
public class LearningAnalytics {

    /** Assignments of one group made before the window ends, how many are completed, and how many are overdue. */
    public record TrainingFigures(UUID departmentId, boolean pilot, int assigned, int completed, int overdue) {
    }

    /** Trainings completed by one group's people in one month (assigned or taken on their own). */
    public record TrainingMonth(UUID departmentId, boolean pilot, LocalDate month, int completed) {
    }

    private final DSLContext db;

    LearningAnalytics(DSLContext db) {
        this.db = db;
    }

    public List<TrainingFigures> completion(Cohort cohort, LocalDate to, LocalDate today) {
        String sql = """
                SELECT c.department_id, c.pilot, count(*) AS assigned,
                       count(*) FILTER (WHERE p.status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE p.status IS DISTINCT FROM 'COMPLETED' AND a.due_date < ?) AS overdue
                FROM training_assignment a
                JOIN %s c ON c.person_id = a.employee_id
                LEFT JOIN training_progress p ON p.tenant_id = a.tenant_id AND p.item_id = a.item_id
                                             AND p.employee_id = a.employee_id
                WHERE a.assigned_at < ?::timestamp AT TIME ZONE 'UTC'
                GROUP BY 1, 2
                """.formatted(Cohort.SQL);
        Object[] all = cohort.bindingsAfter(new Object[] {today}, to);
        return db.resultQuery(sql, all).fetch(r -> new TrainingFigures(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("assigned", Integer.class),
                r.get("completed", Integer.class), r.get("overdue", Integer.class)));
    }

    /** Months of [from, to). */
    public List<TrainingMonth> completedByMonth(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT c.department_id, c.pilot, date_trunc('month', p.completed_on)::date AS month,
                       count(*) AS completed
                FROM training_progress p
                JOIN %s c ON c.person_id = p.employee_id
                WHERE p.status = 'COMPLETED' AND p.completed_on >= ? AND p.completed_on < ?
                GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(from, to)).fetch(r -> new TrainingMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("completed", Integer.class)));
    }
}
