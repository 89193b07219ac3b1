package io.kadens.feedback;

import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback figures for analytics (issue 16), counted by PostgreSQL for the receivers in a {@link Cohort}, grouped
 * by its department and pilot columns, per month: feedback by source (growth feedback) and praise. Only counts:
 * no author, body or receiver leaves the database. Checks no access rights.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackAnalytics {

    /** One group in one month: feedback received by source, and praise received. */
    public record FeedbackMonth(UUID departmentId, boolean pilot, LocalDate month, int fromManager, int fromPeer,
                                int fromReport, int self, int praise) {

        public int feedback() {
            return fromManager + fromPeer + fromReport + self;
        }
    }

    private final DSLContext db;

    FeedbackAnalytics(DSLContext db) {
        this.db = db;
    }

    /** Months of [from, to). */
    public List<FeedbackMonth> byMonth(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                WITH received AS (
                    SELECT f.receiver_id AS person_id, date_trunc('month', f.given_on)::date AS month, f.source
                    FROM feedback f
                    WHERE f.given_on >= ? AND f.given_on < ?
                    UNION ALL
                    SELECT p.recipient_id, date_trunc('month', p.given_at AT TIME ZONE 'UTC')::date, 'PRAISE'
                    FROM praise p
                    WHERE p.given_at >= ?::timestamp AT TIME ZONE 'UTC' AND p.given_at < ?::timestamp AT TIME ZONE 'UTC'
                )
                SELECT c.department_id, c.pilot, r.month,
                       count(*) FILTER (WHERE r.source = 'MANAGER') AS manager,
                       count(*) FILTER (WHERE r.source = 'PEER') AS peer,
                       count(*) FILTER (WHERE r.source = 'REPORT') AS report,
                       count(*) FILTER (WHERE r.source = 'SELF') AS self,
                       count(*) FILTER (WHERE r.source = 'PRAISE') AS praise
                FROM received r
                JOIN %s c ON c.person_id = r.person_id
                GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        Object[] all = cohort.bindingsAfter(new Object[] {from, to, from, to});
        return db.resultQuery(sql, all).fetch(r -> new FeedbackMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("manager", Integer.class), r.get("peer", Integer.class), r.get("report", Integer.class),
                r.get("self", Integer.class), r.get("praise", Integer.class)));
    }
}
