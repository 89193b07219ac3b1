package io.kadens.development;

import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plan figures for analytics, counted by PostgreSQL for the people of a {@link Cohort}, grouped by its
 * department and pilot columns. Checks no access rights itself; the plans' row policy still limits a signed-in
 * viewer to the plans they may see (their reporting line, or all for HR admins), like the cohort does.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentAnalytics {

    /**
     * Plans of one group whose period overlaps the window: people with a plan, people with an approved plan, plans,
     * the sum of the plans' progress (0–1 each: done actions and reached milestones over all, dropped objectives
     * left out) and the current plans untouched for longer than their review cadence.
     */
    public record PlanFigures(UUID departmentId, boolean pilot, int peopleWithPlan, int peopleApproved, int plans,
                              double progressSum, int stale) {
    }

    /** Plans approved and plan actions done by one group in one month. */
    public record PlanMonth(UUID departmentId, boolean pilot, LocalDate month, int approved, int actionsDone) {
    }

    private final DSLContext db;

    DevelopmentAnalytics(DSLContext db) {
        this.db = db;
    }

    /** Plans overlapping [from, to); staleness as of {@code now}, for plans whose period has not ended. */
    public List<PlanFigures> coverage(Cohort cohort, LocalDate from, LocalDate to, OffsetDateTime now) {
        String sql = """
                WITH plans AS (
                    SELECT p.tenant_id, p.id, p.person_id, p.status, p.last_touched_at, p.review_cadence_days,
                           p.period_end, c.department_id, c.pilot
                    FROM development_plan p
                    JOIN %s c ON c.person_id = p.person_id
                    WHERE p.period_start < ?::date AND p.period_end >= ?::date
                ), steps AS (
                    SELECT pl.id,
                           (SELECT count(*) FROM development_action a
                            JOIN development_objective o ON o.tenant_id = a.tenant_id AND o.id = a.objective_id
                            WHERE a.tenant_id = pl.tenant_id AND a.plan_id = pl.id AND o.status <> 'DROPPED')
                         + (SELECT count(*) FROM development_milestone m
                            JOIN development_objective o ON o.tenant_id = m.tenant_id AND o.id = m.objective_id
                            WHERE m.tenant_id = pl.tenant_id AND m.plan_id = pl.id AND o.status <> 'DROPPED') AS total,
                           (SELECT count(*) FROM development_action a
                            JOIN development_objective o ON o.tenant_id = a.tenant_id AND o.id = a.objective_id
                            WHERE a.tenant_id = pl.tenant_id AND a.plan_id = pl.id AND o.status <> 'DROPPED'
                              AND a.status = 'DONE')
                         + (SELECT count(*) FROM development_milestone m
                            JOIN development_objective o ON o.tenant_id = m.tenant_id AND o.id = m.objective_id
                            WHERE m.tenant_id = pl.tenant_id AND m.plan_id = pl.id AND o.status <> 'DROPPED'
                              AND m.done_on IS NOT NULL) AS done
                    FROM plans pl
                )
                SELECT pl.department_id, pl.pilot,
                       count(DISTINCT pl.person_id) AS people_with_plan,
                       count(DISTINCT pl.person_id) FILTER (WHERE pl.status = 'APPROVED') AS people_approved,
                       count(*) AS plans,
                       coalesce(sum(CASE WHEN s.total = 0 THEN 0 ELSE s.done::float8 / s.total END), 0) AS progress_sum,
                       count(*) FILTER (WHERE pl.period_end >= ?::date
                                        AND pl.last_touched_at < ?::timestamptz - make_interval(days => pl.review_cadence_days))
                           AS stale
                FROM plans pl JOIN steps s ON s.id = pl.id
                GROUP BY 1, 2
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(to, from, now.toLocalDate(), now)).fetch(r -> new PlanFigures(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class),
                r.get("people_with_plan", Integer.class), r.get("people_approved", Integer.class),
                r.get("plans", Integer.class), r.get("progress_sum", Double.class), r.get("stale", Integer.class)));
    }

    /** Months of [from, to): plans approved and plan actions marked done, by the month they happened in (UTC). */
    public List<PlanMonth> byMonth(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT e.department_id, e.pilot, e.month, count(*) FILTER (WHERE e.what = 'approved') AS approved,
                       count(*) FILTER (WHERE e.what = 'action') AS actions_done
                FROM (
                    SELECT c.department_id, c.pilot, 'approved' AS what,
                           date_trunc('month', p.approved_at AT TIME ZONE 'UTC')::date AS month
                    FROM development_plan p JOIN %1$s c ON c.person_id = p.person_id
                    WHERE p.approved_at >= ?::timestamp AT TIME ZONE 'UTC' AND p.approved_at < ?::timestamp AT TIME ZONE 'UTC'
                    UNION ALL
                    SELECT c.department_id, c.pilot, 'action',
                           date_trunc('month', a.completed_at AT TIME ZONE 'UTC')::date
                    FROM development_action a
                    JOIN development_plan p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
                    JOIN %1$s c ON c.person_id = p.person_id
                    WHERE a.completed_at >= ?::timestamp AT TIME ZONE 'UTC' AND a.completed_at < ?::timestamp AT TIME ZONE 'UTC'
                ) e
                GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        Object[] all = cohort.bindingsAfter(cohort.bindingsWith(from, to), from, to);
        return db.resultQuery(sql, all).fetch(r -> new PlanMonth(r.get("department_id", UUID.class),
                r.get("pilot", Boolean.class), r.get("month", LocalDate.class), r.get("approved", Integer.class),
                r.get("actions_done", Integer.class)));
    }
}
