package io.kadens.oneonones;

import io.kadens.platform.Cohort;
import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manager 1:1 and check-in figures for analytics (issue 16) for a {@link Cohort} (the reports of each series),
 * grouped by its department and pilot columns, per month. Checks no access rights. Held meetings and on-time
 * check-ins are read per series from the monthly figures that triggers keep exact (V203); series, cadences and the
 * cohort are read live.
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
        int first = slot(from);
        int last = slot(to) - 1;
        if (last < first) {
            return List.of();
        }
        // One row per series of the cohort with its kept monthly figures (V203), sliced to the window: the reading is
        // 10,000 rows at 10,000 people, not every meeting and check-in of the window; the arithmetic is done here.
        String sql = """
                SELECT c.department_id, c.pilot,
                       date_trunc('month', p.created_at AT TIME ZONE 'UTC')::date AS created_month,
                       CASE coalesce(p.cadence_override, ?) WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 ELSE 28 END AS every,
                       greatest(array_lower(f.held, 1), ?) AS first_slot, f.held[?:?] AS held, f.on_time[?:?] AS on_time
                FROM one_on_one_pair p
                JOIN %s c ON c.person_id = p.member_id
                LEFT JOIN one_on_one_adherence_figure f ON f.tenant_id = p.tenant_id AND f.pair_id = p.id
                WHERE p.kind = 'MANAGER' AND p.active
                """.formatted(Cohort.SQL);
        Object[] withCohort = cohort.bindingsAfter(new Object[] {fallback.name(), first, first, last, first, last});
        Adherence adherence = new Adherence(first, last);
        db.resultQuery(sql, withCohort).forEach(r -> adherence.add(r.get(0, UUID.class), r.get(1, Boolean.class),
                slot(r.get(2, LocalDate.class)), r.get(3, Integer.class), r.get(4, Integer.class),
                r.get(5, Integer[].class), r.get(6, Integer[].class)));
        return adherence.months();
    }

    /** A month as the kept figures' array subscript: year * 12 + month - 1. */
    static int slot(LocalDate month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static LocalDate month(int slot) {
        return LocalDate.of(Math.floorDiv(slot, 12), Math.floorMod(slot, 12) + 1, 1);
    }

    /**
     * Adherence of one window [first, last] (slots), series by series. A series is expected from the month it was
     * created or first met in the window, whichever is earlier: (days of the month) / (its cadence in days) meetings
     * a month; held meetings count up to that number a month. Expected meetings are summed per class of series
     * (group, cadence, first month), as the SQL definition did, so the sums are the same.
     */
    static final class Adherence {

        private record Group(UUID departmentId, boolean pilot) {
        }

        private record SeriesClass(Group group, int every, int since) {
        }

        private final int first;
        private final int last;
        private final Map<SeriesClass, Integer> classes = new HashMap<>();
        /** Per group, per month of the window: within cadence, held, on time. */
        private final Map<Group, double[][]> actual = new HashMap<>();

        Adherence(int first, int last) {
            this.first = first;
            this.last = last;
        }

        /** One series: its kept figures from {@code base} (slot of held[0]); null arrays when it never met. */
        void add(UUID departmentId, boolean pilot, int createdSlot, int every, Integer base, Integer[] held,
                 Integer[] onTime) {
            Group group = new Group(departmentId, pilot);
            Integer firstHeld = null;
            if (held != null && base != null) {
                for (int i = 0; i < held.length; i++) {
                    int count = held[i] == null ? 0 : held[i];
                    if (count <= 0) {
                        continue;
                    }
                    int slot = base + i;
                    if (firstHeld == null) {
                        firstHeld = slot;
                    }
                    double[][] months = actual.computeIfAbsent(group, g -> new double[last - first + 1][3]);
                    double[] figures = months[slot - first];
                    figures[0] += Math.min(count, (double) days(slot) / every);
                    figures[1] += count;
                    figures[2] += onTime == null || i >= onTime.length || onTime[i] == null ? 0 : onTime[i];
                }
            }
            int since = firstHeld == null ? createdSlot : Math.min(createdSlot, firstHeld);
            classes.merge(new SeriesClass(group, every, since), 1, Integer::sum);
        }

        List<OneOnOneMonth> months() {
            Map<Group, double[]> expected = new HashMap<>();
            Map<Group, Integer> begins = new HashMap<>();
            classes.forEach((k, pairs) -> {
                double[] months = expected.computeIfAbsent(k.group(), g -> new double[last - first + 1]);
                for (int slot = Math.max(first, k.since()); slot <= last; slot++) {
                    months[slot - first] += (double) pairs * days(slot) / k.every();
                }
                begins.merge(k.group(), k.since(), Math::min);
            });
            List<OneOnOneMonth> rows = new ArrayList<>();
            expected.forEach((group, months) -> {
                double[][] held = actual.get(group);
                // Months before the group's first series began have no row, as in the SQL definition.
                for (int slot = Math.max(first, begins.get(group)); slot <= last; slot++) {
                    double[] figures = held == null ? new double[3] : held[slot - first];
                    rows.add(new OneOnOneMonth(group.departmentId(), group.pilot(), month(slot), months[slot - first],
                            figures[0], (int) figures[1], (int) figures[2]));
                }
            });
            return rows;
        }

        private static int days(int slot) {
            return month(slot).lengthOfMonth();
        }
    }
}
