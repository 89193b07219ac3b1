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

    /**
     * Individual goals (not cancelled) owned by the cohort's people whose period overlaps [from, to). Reads the
     * figures kept per person and goal period ({@link #refreshKeptFigures}) when they are exact: computed for
     * {@code today} from the tenant's current goal roll-up version, and asked for whole months; else counts live.
     * Both ways give the same figures.
     */
    public List<GoalFigures> figures(Cohort cohort, LocalDate from, LocalDate to, LocalDate today) {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1 && keptFiguresExact(today)) {
            return keptFigures(cohort, from, to);
        }
        return liveFigures(cohort, from, to, today);
    }

    /** The figures counted from the goals, key results and milestones themselves. */
    List<GoalFigures> liveFigures(Cohort cohort, LocalDate from, LocalDate to, LocalDate today) {
        String sql = health("c.department_id, c.pilot", "JOIN " + Cohort.SQL + " c ON c.person_id = g.owner_id",
                "AND coalesce(g.starts_on, gc.starts_on) < ? AND coalesce(g.ends_on, gc.ends_on) >= ?") + """
                SELECT department_id, pilot, count(*) AS goals, coalesce(sum(progress), 0) AS progress_sum,
                       count(*) FILTER (WHERE health = 'ON_TRACK') AS on_track,
                       count(*) FILTER (WHERE health = 'AT_RISK') AS at_risk,
                       count(*) FILTER (WHERE health = 'OFF_TRACK') AS off_track,
                       count(*) FILTER (WHERE parent_id IS NOT NULL) AS aligned
                FROM health GROUP BY department_id, pilot
                """;
        return db.resultQuery(sql, cohort.bindingsWith(to, from, today)).fetch(GoalAnalytics::goalFigures);
    }

    /**
     * The kept figures of the cohort's people: a goal's period overlaps [from, to) exactly when its first month is
     * before {@code to} and its last month is not before {@code from}, both being first days of months.
     */
    List<GoalFigures> keptFigures(Cohort cohort, LocalDate from, LocalDate to) {
        String sql = """
                SELECT c.department_id, c.pilot, sum(k.goals) AS goals, coalesce(sum(k.progress_sum), 0) AS progress_sum,
                       sum(k.on_track) AS on_track, sum(k.at_risk) AS at_risk, sum(k.off_track) AS off_track,
                       sum(k.aligned) AS aligned
                FROM goal_analytics_figure k
                JOIN %s c ON c.person_id = k.person_id
                WHERE k.last_month >= ? AND k.first_month < ?
                GROUP BY c.department_id, c.pilot
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith(from, to)).fetch(GoalAnalytics::goalFigures);
    }

    /**
     * Whether the bound tenant's kept figures are exact for {@code today}: computed for that day from the current
     * goal roll-up version (which every write of a goal, key result, milestone or cycle moves at commit), and this
     * transaction has written no goal facts itself.
     */
    boolean keptFiguresExact(LocalDate today) {
        String sql = """
                SELECT EXISTS (SELECT 1 FROM goal_analytics_figure k
                               WHERE k.computed_for = ?
                                 AND k.roll_up_version = (SELECT coalesce(max(v.version), 0) FROM goal_roll_up_version v)
                                 AND coalesce(current_setting('kadens.goal_roll_up_touched', true), '') = ''
                               LIMIT 1)
                """;
        return Boolean.TRUE.equals(db.resultQuery(sql, today).fetchOne(0, Boolean.class));
    }

    /** When the bound tenant's kept figures were computed, if they are exact for {@code today}. */
    public java.util.Optional<java.time.OffsetDateTime> keptFiguresComputedAt(LocalDate today) {
        if (!keptFiguresExact(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(db.resultQuery("SELECT min(computed_at) FROM goal_analytics_figure")
                .fetchOne(0, java.time.OffsetDateTime.class));
    }

    /**
     * Recomputes the bound tenant's kept figures for {@code today} unless they are exact already; returns whether
     * it did. One statement reads the roll-up version and the goals (one snapshot), so a write committed meanwhile
     * leaves an older version on the rows and they are not used until the next refresh. A transaction-level lock
     * per tenant keeps two refreshes from writing the same rows.
     */
    @Transactional
    public boolean refreshKeptFigures(LocalDate today) {
        db.resultQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('goal_analytics_figure'), "
                + "hashtext(current_setting('app.tenant_id', true)))) AS locked").fetch();
        if (keptFiguresExact(today)) {
            return false;
        }
        // The refresh reads every goal and key result of the tenant: hash joins are right whatever the statistics
        // say; right after a bulk load (an import, a generated tenant) stale statistics chose nested loops over
        // 80,000 goals, which took minutes instead of seconds.
        db.execute("SET LOCAL enable_nestloop = off");
        db.execute("SET LOCAL work_mem = '64MB'");
        db.execute("DELETE FROM goal_analytics_figure");
        String sql = "INSERT INTO goal_analytics_figure (person_id, first_month, last_month, goals, progress_sum, on_track,"
                + " at_risk, off_track, aligned, roll_up_version, computed_for) "
                + health("g.owner_id AS person_id", "", "AND coalesce(g.starts_on, gc.starts_on) IS NOT NULL"
                + " AND coalesce(g.ends_on, gc.ends_on) IS NOT NULL") + """
                SELECT person_id, date_trunc('month', starts_on)::date, date_trunc('month', ends_on)::date, count(*),
                       coalesce(sum(progress), 0),
                       count(*) FILTER (WHERE health = 'ON_TRACK'), count(*) FILTER (WHERE health = 'AT_RISK'),
                       count(*) FILTER (WHERE health = 'OFF_TRACK'), count(*) FILTER (WHERE parent_id IS NOT NULL),
                       (SELECT coalesce(max(v.version), 0) FROM goal_roll_up_version v), ?::date
                FROM health GROUP BY 1, 2, 3
                """;
        db.execute(sql, today, today);
        return true;
    }

    /**
     * The goals with their progress and health, as CTEs ending in {@code health}: {@code own} selects the individual
     * goals (not cancelled) with {@code columns}, joined by {@code join}, filtered by {@code where}; one parameter
     * (today) follows those of {@code join} and {@code where}.
     */
    private static String health(String columns, String join, String where) {
        // Set-based: the key results of the period's goals are summed in one grouped join (not looked up goal by
        // goal), in double precision like GoalProgress and HealthRule, whose rounding to a millionth it repeats.
        return """
                WITH own AS (
                    SELECT g.id, %s, g.status, g.parent_id, g.manual_progress,
                           coalesce(g.starts_on, gc.starts_on) AS starts_on, coalesce(g.ends_on, gc.ends_on) AS ends_on
                    FROM goal g
                    %s
                    LEFT JOIN goal_cycle gc ON gc.tenant_id = g.tenant_id AND gc.id = g.cycle_id
                    WHERE g.level = 'INDIVIDUAL' AND g.status <> 'CANCELLED'
                      %s
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
                """.formatted(columns, join, where);
    }

    private static GoalFigures goalFigures(org.jooq.Record r) {
        return new GoalFigures(r.get("department_id", UUID.class), r.get("pilot", Boolean.class),
                r.get("goals", Integer.class), r.get("progress_sum", Double.class), r.get("on_track", Integer.class),
                r.get("at_risk", Integer.class), r.get("off_track", Integer.class), r.get("aligned", Integer.class));
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
