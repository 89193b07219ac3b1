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
    public record OneOnOneMonth(UUID departmentId, boolean pilot, LocalDate month, int people, double expected,
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
        String sql = """
                WITH held AS (
                    SELECT mt.pair_id, date_trunc('month', mt.scheduled_at AT TIME ZONE 'UTC')::date AS month,
                           count(*) AS held,
                           count(ci.id) FILTER (WHERE ci.submitted_at <= mt.scheduled_at) AS on_time
                    FROM one_on_one_meeting mt
                    LEFT JOIN check_in ci ON ci.tenant_id = mt.tenant_id AND ci.meeting_id = mt.id
                    WHERE mt.status = 'COMPLETED'
                      AND mt.scheduled_at >= ?::timestamp AT TIME ZONE 'UTC' AND mt.scheduled_at < ?::timestamp AT TIME ZONE 'UTC'
                    GROUP BY 1, 2
                ), pairs AS (
                    SELECT p.id, p.member_id, c.department_id, c.pilot,
                           least(date_trunc('month', p.created_at AT TIME ZONE 'UTC')::date, f.first_month) AS since,
                           CASE coalesce(p.cadence_override, ?) WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 ELSE 28 END AS every
                    FROM one_on_one_pair p
                    -- Grouped once, not looked up per series: a per-series subquery over the held months scanned
                    -- them all for each of 10,000 series.
                    LEFT JOIN (SELECT pair_id, min(month) AS first_month FROM held GROUP BY pair_id) f ON f.pair_id = p.id
                    JOIN %s c ON c.person_id = p.member_id
                    WHERE p.kind = 'MANAGER' AND p.active
                ), months AS (
                    SELECT generate_series(?::date, ?::date - 1, interval '1 month')::date AS month
                ), expected AS (
                    SELECT pr.department_id, pr.pilot, pr.member_id, m.month,
                           ((m.month + interval '1 month')::date - m.month)::numeric / pr.every AS expected,
                           coalesce(h.held, 0) AS held, coalesce(h.on_time, 0) AS on_time
                    FROM pairs pr
                    JOIN months m ON m.month >= pr.since
                    LEFT JOIN held h ON h.pair_id = pr.id AND h.month = m.month
                )
                SELECT department_id, pilot, month, count(DISTINCT member_id) AS people, sum(expected) AS expected,
                       sum(least(held, expected)) AS within, sum(held) AS held, sum(on_time) AS on_time
                FROM expected GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        Object[] bindings = new Object[] {from, to, fallback.name()};
        Object[] withCohort = concat(bindings, cohort.bindingsWith(from, to));
        return db.resultQuery(sql, withCohort).fetch(r -> new OneOnOneMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("people", Integer.class), r.get("expected", Double.class), r.get("within", Double.class),
                r.get("held", Integer.class), r.get("on_time", Integer.class)));
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
