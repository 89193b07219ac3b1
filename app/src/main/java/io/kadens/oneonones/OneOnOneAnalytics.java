package io.kadens.oneonones;

import io.kadens.platform.Cohort;
import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manager 1:1 and check-in figures for analytics (issue 16), counted by PostgreSQL for a {@link Cohort} (the
 * reports of each series) and grouped by its department and pilot columns, per month. Checks no access rights.
 *
 * <p>Adherence against cadence: a series is expected to meet (days of the month) / (its cadence in days) times
 * a month, from the month it was created or first met in the window, whichever is earlier; held meetings count up to
 * that number, so a series meeting twice as often does not make up for one that never meets. A check-in is on
 * time when it was submitted before its meeting's time.
 */
@Service
@Transactional(readOnly = true)
public class OneOnOneAnalytics {

    /** One group in one month: expected and held meetings (held capped per series), and on-time check-ins. */
    public record OneOnOneMonth(UUID departmentId, boolean pilot, LocalDate month, double expected,
                                double heldWithinCadence, int held, int checkInsOnTime) {
    }

    private final DSLContext db;
    private final TenantSettingsService settings;

    OneOnOneAnalytics(DSLContext db, TenantSettingsService settings) {
        this.db = db;
        this.settings = settings;
    }

    /** Months of [from, to) (from and to are first days of months). */
    public List<OneOnOneMonth> adherenceByMonth(Cohort cohort, LocalDate from, LocalDate to) {
        CheckInCadence fallback = settings.current().defaultCadence();
        // Series are counted in classes (group, cadence, first month) for the expected meetings, and held meetings
        // per series and month; nothing multiplies 10,000 series by the period's months.
        String sql = """
                WITH pairs AS (
                    SELECT p.id, c.department_id, c.pilot,
                           date_trunc('month', p.created_at AT TIME ZONE 'UTC')::date AS created_month,
                           CASE coalesce(p.cadence_override, ?) WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 ELSE 28 END AS every
                    FROM one_on_one_pair p
                    JOIN %s c ON c.person_id = p.member_id
                    WHERE p.kind = 'MANAGER' AND p.active
                ), held AS (
                    SELECT mt.pair_id, date_trunc('month', mt.scheduled_at AT TIME ZONE 'UTC')::date AS month,
                           count(*) AS held,
                           count(*) FILTER (WHERE ci.submitted_at <= mt.scheduled_at) AS on_time
                    FROM one_on_one_meeting mt
                    JOIN pairs pr ON pr.id = mt.pair_id
                    LEFT JOIN check_in ci ON ci.tenant_id = mt.tenant_id AND ci.meeting_id = mt.id
                    WHERE mt.status = 'COMPLETED'
                      AND mt.scheduled_at >= ?::timestamp AT TIME ZONE 'UTC' AND mt.scheduled_at < ?::timestamp AT TIME ZONE 'UTC'
                    GROUP BY 1, 2
                ), series AS (
                    SELECT pr.department_id, pr.pilot, pr.every, least(pr.created_month, f.first_month) AS since,
                           count(*) AS pairs
                    FROM pairs pr
                    LEFT JOIN (SELECT pair_id, min(month) AS first_month FROM held GROUP BY pair_id) f ON f.pair_id = pr.id
                    GROUP BY 1, 2, 3, 4
                ), expected AS (
                    SELECT s.department_id, s.pilot, m.month,
                           sum(s.pairs * ((m.month + interval '1 month')::date - m.month)::numeric / s.every) AS expected
                    FROM series s
                    JOIN (SELECT generate_series(?::date, ?::date - 1, interval '1 month')::date AS month) m
                      ON m.month >= s.since
                    GROUP BY 1, 2, 3
                ), actual AS (
                    SELECT pr.department_id, pr.pilot, h.month,
                           sum(least(h.held, ((h.month + interval '1 month')::date - h.month)::numeric / pr.every)) AS within,
                           sum(h.held) AS held, sum(h.on_time) AS on_time
                    FROM held h JOIN pairs pr ON pr.id = h.pair_id
                    GROUP BY 1, 2, 3
                )
                SELECT e.department_id, e.pilot, e.month, e.expected, coalesce(a.within, 0) AS within,
                       coalesce(a.held, 0) AS held, coalesce(a.on_time, 0) AS on_time
                FROM expected e
                LEFT JOIN actual a ON a.department_id IS NOT DISTINCT FROM e.department_id AND a.pilot = e.pilot
                                  AND a.month = e.month
                """.formatted(Cohort.SQL);
        Object[] withCohort = cohort.bindingsAfter(new Object[] {fallback.name()}, from, to, from, to);
        return db.resultQuery(sql, withCohort).fetch(r -> new OneOnOneMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("expected", Double.class), r.get("within", Double.class),
                r.get("held", Integer.class), r.get("on_time", Integer.class)));
    }
}
