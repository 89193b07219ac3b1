package io.kadens.goals;

import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal figures for analytics (issue 16), counted by PostgreSQL for a {@link Cohort} and grouped by its
 * department and pilot columns. Figures are additive (sums and counts), so the caller may add groups together.
 * It checks no access rights: analytics decides whose figures a user may see.
 *
 * <p>Progress here is a goal's own progress (its key results' weighted mean, else the progress reported by its
 * check-ins), the rule of {@link GoalProgress} without the roll-up of aligned children: the goals counted are the
 * individual goals of the cohort's people, which are the leaves of the alignment tree. Health follows
 * {@link HealthRule} with the goal's period.
 */
@Service
@Transactional(readOnly = true)
public class GoalAnalytics {

    /** Goals of one group whose period overlaps the window. */
    public record GoalFigures(UUID departmentId, boolean pilot, int goals, double progressSum, int onTrack,
                              int atRisk, int offTrack, int aligned) {
    }

    /** Goal check-ins of one group in one month. */
    public record GoalCheckInMonth(UUID departmentId, boolean pilot, LocalDate month, int checkIns) {
    }

    private final DSLContext db;

    GoalAnalytics(DSLContext db) {
        this.db = db;
    }

    /** Individual goals (not cancelled) owned by the cohort's people whose period overlaps [from, to). */
    public List<GoalFigures> figures(Cohort cohort, LocalDate from, LocalDate to, LocalDate today) {
        // Set-based: the key results of the period's goals are summed in one grouped join (not looked up goal by
        // goal), in double precision like GoalProgress and HealthRule, whose rounding to a millionth it repeats.
        String sql = """
                WITH own AS (
                    SELECT g.id, c.department_id, c.pilot, g.status, g.parent_id, g.manual_progress,
                           coalesce(g.starts_on, gc.starts_on) AS starts_on, coalesce(g.ends_on, gc.ends_on) AS ends_on
                    FROM goal g
                    JOIN %s c ON c.person_id = g.owner_id
                    LEFT JOIN goal_cycle gc ON gc.tenant_id = g.tenant_id AND gc.id = g.cycle_id
                    WHERE g.level = 'INDIVIDUAL' AND g.status <> 'CANCELLED'
                      AND coalesce(g.starts_on, gc.starts_on) < ? AND coalesce(g.ends_on, gc.ends_on) >= ?
                ), milestones AS (
                    SELECT m.key_result_id, count(*) AS total, count(*) FILTER (WHERE m.done) AS done
                    FROM milestone m GROUP BY m.key_result_id
                ), key_results AS (
                    SELECT k.goal_id, sum(k.weight::float8 * greatest(0, least(1, CASE k.type
                               WHEN 'BOOLEAN' THEN CASE WHEN k.current_value > 0 THEN 1 ELSE 0 END
                               WHEN 'MILESTONES' THEN CASE WHEN coalesce(ms.total, 0) = 0 THEN 0
                                                           ELSE ms.done::float8 / ms.total END
                               ELSE (k.current_value - k.start_value)::float8
                                    / nullif(k.target_value - k.start_value, 0)::float8
                           END))) / nullif(sum(k.weight::float8), 0) AS progress
                    FROM key_result k
                    JOIN own ON own.id = k.goal_id
                    LEFT JOIN milestones ms ON ms.key_result_id = k.id
                    GROUP BY k.goal_id
                ), progress AS (
                    SELECT own.*, p.progress,
                           round((least(1, greatest(0, (?::date - own.starts_on)::float8
                                                       / ((own.ends_on - own.starts_on) + 1))) - p.progress) * 1000000)
                               / 1000000 AS gap
                    FROM own
                    LEFT JOIN key_results kr ON kr.goal_id = own.id
                    CROSS JOIN LATERAL (SELECT CASE WHEN own.status = 'ACHIEVED' THEN 1.0
                                                    ELSE coalesce(kr.progress, own.manual_progress::float8, 0) END AS progress) p
                ), health AS (
                    SELECT progress.*, CASE
                        WHEN status = 'ACHIEVED' OR progress >= 1 THEN 'ON_TRACK'
                        WHEN status = 'MISSED' THEN 'OFF_TRACK'
                        WHEN gap <= 0.15 THEN 'ON_TRACK'
                        WHEN gap <= 0.30 THEN 'AT_RISK'
                        ELSE 'OFF_TRACK' END AS health
                    FROM progress
                )
                SELECT department_id, pilot, count(*) AS goals, coalesce(sum(progress), 0) AS progress_sum,
                       count(*) FILTER (WHERE health = 'ON_TRACK') AS on_track,
                       count(*) FILTER (WHERE health = 'AT_RISK') AS at_risk,
                       count(*) FILTER (WHERE health = 'OFF_TRACK') AS off_track,
                       count(*) FILTER (WHERE parent_id IS NOT NULL) AS aligned
                FROM health GROUP BY department_id, pilot
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(to, from, today)).fetch(r -> new GoalFigures(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("goals", Integer.class),
                r.get("progress_sum", Double.class), r.get("on_track", Integer.class), r.get("at_risk", Integer.class),
                r.get("off_track", Integer.class), r.get("aligned", Integer.class)));
    }

    /**
     * Goal check-ins the cohort's people made per month in [from, to), by the groups of their authors: the figure
     * is how regularly people check in, and it reads the check-ins alone (a covering index) without their goals.
     */
    public List<GoalCheckInMonth> checkInsByMonth(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT c.department_id, c.pilot, date_trunc('month', ci.created_at AT TIME ZONE 'UTC')::date AS month,
                       count(*) AS check_ins
                FROM goal_check_in ci
                JOIN %s c ON c.person_id = ci.author_id
                WHERE ci.created_at >= ?::timestamp AT TIME ZONE 'UTC' AND ci.created_at < ?::timestamp AT TIME ZONE 'UTC'
                GROUP BY 1, 2, 3
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(from, to)).fetch(r -> new GoalCheckInMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("check_ins", Integer.class)));
    }
}
