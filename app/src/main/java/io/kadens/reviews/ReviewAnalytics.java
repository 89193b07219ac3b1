package io.kadens.reviews;

import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review figures for analytics (issue 16), counted by PostgreSQL for the reviewees in a {@link Cohort}, grouped by
 * cycle and by the cohort's department and pilot columns. Checks no access rights.
 */
@Service
@Transactional(readOnly = true)
public class ReviewAnalytics {

    /** Reviews about one group's people in one launched cycle, and how many are submitted. */
    public record CycleCompletion(UUID cycleId, String cycleName, LocalDate windowStart, UUID departmentId,
                                  boolean pilot, int reviews, int submitted, int people) {
    }

    /**
     * Ratings given in submitted reviews about one group's people: how many of each value. A rating is any number
     * under a {@code rating} key in a review's answers (the rating questions' answers); reviews without ratings
     * count nothing, so the distribution is empty until ratings exist.
     */
    public record RatingCount(UUID departmentId, boolean pilot, int rating, int count) {
    }

    private final DSLContext db;

    ReviewAnalytics(DSLContext db) {
        this.db = db;
    }

    /** Launched cycles whose window overlaps [from, to). */
    public List<CycleCompletion> completion(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT rc.id, rc.name, rc.window_start, c.department_id, c.pilot, count(*) AS reviews,
                       count(*) FILTER (WHERE r.status = 'SUBMITTED') AS submitted,
                       count(DISTINCT r.subject_id) AS people
                FROM review r
                JOIN review_cycle rc ON rc.tenant_id = r.tenant_id AND rc.id = r.cycle_id
                JOIN %s c ON c.person_id = r.subject_id
                WHERE rc.status <> 'DRAFT' AND rc.window_start < ? AND rc.window_end >= ?
                GROUP BY 1, 2, 3, 4, 5
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(to, from)).fetch(r -> new CycleCompletion(
                r.get("id", UUID.class), r.get("name", String.class), r.get("window_start", LocalDate.class),
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("reviews", Integer.class),
                r.get("submitted", Integer.class), r.get("people", Integer.class)));
    }

    /** Ratings of submitted reviews of cycles whose window overlaps [from, to). */
    public List<RatingCount> ratings(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT c.department_id, c.pilot, round(rating.value::text::numeric)::int AS rating, count(*) AS count
                FROM review r
                JOIN review_cycle rc ON rc.tenant_id = r.tenant_id AND rc.id = r.cycle_id
                JOIN %s c ON c.person_id = r.subject_id
                CROSS JOIN LATERAL jsonb_path_query(r.answers, 'strict $.**.rating ? (@.type() == "number")') AS rating(value)
                WHERE r.status = 'SUBMITTED' AND rc.window_start < ? AND rc.window_end >= ?
                GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(to, from)).fetch(r -> new RatingCount(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("rating", Integer.class),
                r.get("count", Integer.class)));
    }
}
