package io.kadens.oneonones;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.oneonones.OneOnOneAnalytics.OneOnOneMonth;
import io.kadens.platform.Cohort;
import io.kadens.scale.ScaleData;
import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1:1 adherence as {@link OneOnOneAnalytics#adherenceByMonth} counts it equals the definition it had before it was
 * made fast (the query kept below as {@link #DEFINITION}), month by month and group by group, on a tenant whose
 * series differ in every way the arithmetic depends on: the three cadences as overrides and as the tenant default,
 * series created before, inside and after the window, series that start meeting mid-window, series that meet more
 * often than their cadence, cancelled meetings, inactive and mentor series, check-ins before, at and after their
 * meeting, meetings on the window's edges, months of 28 to 31 days, pilot and non-pilot people, departments and
 * people without one.
 */
@KadensSpringTest
class OneOnOneAdherenceTest {

    /** Adherence as defined up to 2026-12-06 (series classes joined to a generated month series). */
    static final String DEFINITION = """
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

    @Autowired
    OneOnOneAnalytics analytics;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void adherenceEqualsItsDefinitionForEveryWindowCohortAndDefaultCadence() throws SQLException {
        UUID tenant;
        String slug = "adherence-" + Long.toString(System.nanoTime(), 36);
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            // 61 people: a CEO, six division heads (Sales .. Marketing) and their reports, 1:1s every two months.
            tenant = new ScaleData(owner, ScaleData.Shape.TWO_YEARS, "{noop}unused").tenant(slug, 61);
            vary(owner, tenant);
        }
        TenantId id = new TenantId(tenant);
        List<Cohort> cohorts = cohorts(tenant);
        List<LocalDate[]> windows = List.of(
                window("2025-01-01", "2027-01-01"), window("2026-01-01", "2027-01-01"),
                window("2025-02-01", "2025-03-01"), window("2026-02-01", "2026-05-01"),
                window("2024-11-01", "2025-02-01"), window("2026-12-01", "2027-03-01"),
                window("2025-06-01", "2025-07-01"), window("2024-02-01", "2024-04-01"));
        int compared = 0;
        boolean cappedSomewhere = false;
        boolean lateSomewhere = false;
        for (String cadence : new String[] {"BIWEEKLY", "WEEKLY", "MONTHLY"}) {
            try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
                sql.execute("set app.tenant_id = '" + tenant + "'");
                sql.execute("update tenant_settings set default_cadence = '" + cadence + "'");
            }
            for (Cohort cohort : cohorts) {
                for (LocalDate[] window : windows) {
                    Map<String, OneOnOneMonth> expected = byKey(TenantScope.call(id,
                            () -> definition(cohort, cadence, window[0], window[1])));
                    Map<String, OneOnOneMonth> actual = byKey(TenantScope.call(id,
                            () -> analytics.adherenceByMonth(cohort, window[0], window[1])));
                    String where = cadence + " " + window[0] + ".." + window[1] + " cohort " + cohorts.indexOf(cohort);
                    assertThat(actual.keySet()).as(where).isEqualTo(expected.keySet());
                    for (Map.Entry<String, OneOnOneMonth> row : expected.entrySet()) {
                        OneOnOneMonth want = row.getValue();
                        OneOnOneMonth got = actual.get(row.getKey());
                        assertThat(got.expected()).as(where + " expected " + row.getKey())
                                .isCloseTo(want.expected(), org.assertj.core.api.Assertions.within(1e-9));
                        assertThat(got.heldWithinCadence()).as(where + " within " + row.getKey())
                                .isCloseTo(want.heldWithinCadence(), org.assertj.core.api.Assertions.within(1e-9));
                        assertThat(got.held()).as(where + " held " + row.getKey()).isEqualTo(want.held());
                        assertThat(got.checkInsOnTime()).as(where + " on time " + row.getKey())
                                .isEqualTo(want.checkInsOnTime());
                        cappedSomewhere |= want.heldWithinCadence() < want.held();
                        lateSomewhere |= want.checkInsOnTime() < want.held() && want.held() > 0;
                        compared++;
                    }
                }
            }
        }
        // The data exercises what the arithmetic can get wrong.
        assertThat(compared).isGreaterThan(500);
        assertThat(cappedSomewhere).as("some series met more often than their cadence").isTrue();
        assertThat(lateSomewhere).as("some check-ins came after their meeting").isTrue();
    }

    /** Makes the generated series differ: cadences, creation months, gaps, extra and cancelled meetings, edges. */
    private static void vary(Connection owner, UUID tenant) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("begin");
            sql.execute("set local app.tenant_id = '" + tenant + "'");
            // Cadence overrides: a quarter each weekly, biweekly, monthly, and the tenant default.
            sql.execute("update one_on_one_pair set cadence_override ="
                    + " (array['WEEKLY', 'BIWEEKLY', 'MONTHLY', null])[1 + abs(hashtext(id::text || 'cadence')) % 4]");
            // Created anywhere from December 2024 to March 2027: before, inside and after the windows.
            sql.execute("update one_on_one_pair set created_at = timestamptz '2024-12-15 12:00 UTC'"
                    + " + (abs(hashtext(id::text || 'created')) % 830) * interval '1 day'");
            // A few inactive series and a few mentor series (neither counts).
            sql.execute("update one_on_one_pair set active = false where abs(hashtext(id::text || 'active')) % 11 = 0");
            sql.execute("update one_on_one_pair set kind = 'MENTOR' where abs(hashtext(id::text || 'kind')) % 13 = 0");
            // Series that start meeting mid-window: no meetings before a month that differs per series.
            sql.execute("delete from check_in where meeting_id in (select mt.id from one_on_one_meeting mt"
                    + " where abs(hashtext(mt.pair_id::text || 'gap')) % 3 = 0"
                    + " and mt.scheduled_at < timestamptz '2025-03-01 UTC' + (abs(hashtext(mt.pair_id::text)) % 20) * interval '1 month')");
            sql.execute("delete from one_on_one_meeting mt where abs(hashtext(mt.pair_id::text || 'gap')) % 3 = 0"
                    + " and mt.scheduled_at < timestamptz '2025-03-01 UTC' + (abs(hashtext(mt.pair_id::text)) % 20) * interval '1 month'");
            // Some series meet more often than their cadence: one to five extra meetings in a month they met.
            sql.execute("insert into one_on_one_meeting (id, pair_id, scheduled_at, status, completed_at)"
                    + " select gen_random_uuid(), mt.pair_id, mt.scheduled_at + k * interval '2 days', 'COMPLETED',"
                    + " mt.scheduled_at + k * interval '2 days'"
                    + " from one_on_one_meeting mt, generate_series(1, 1 + abs(hashtext(mt.id::text)) % 5) k"
                    + " where abs(hashtext(mt.id::text || 'extra')) % 4 = 0");
            // Meetings on the windows' edges: the first instant of a month and the last instant before it.
            sql.execute("insert into one_on_one_meeting (id, pair_id, scheduled_at, status, completed_at)"
                    + " select gen_random_uuid(), p.id, e.at, 'COMPLETED', e.at from one_on_one_pair p,"
                    + " (values (timestamptz '2026-01-01 00:00 UTC'), (timestamptz '2025-12-31 23:59:59.999999 UTC'),"
                    + " (timestamptz '2027-01-01 00:00 UTC'), (timestamptz '2025-02-28 23:59:59 UTC'),"
                    + " (timestamptz '2025-03-01 00:00 UTC'), (timestamptz '2026-04-30 23:30 UTC')) e(at)"
                    + " where abs(hashtext(p.id::text || 'edge' || e.at::text)) % 3 = 0");
            // Cancelled and still-scheduled meetings do not count.
            sql.execute("update one_on_one_meeting set status = 'CANCELLED', completed_at = null"
                    + " where abs(hashtext(id::text || 'cancel')) % 9 = 0");
            sql.execute("update one_on_one_meeting set status = 'SCHEDULED', completed_at = null"
                    + " where abs(hashtext(id::text || 'scheduled')) % 17 = 0");
            // Check-ins for the extra meetings too; before, exactly at and after the meeting.
            sql.execute("insert into check_in (id, meeting_id, employee_id, submitted_at)"
                    + " select gen_random_uuid(), mt.id, p.member_id, mt.scheduled_at from one_on_one_meeting mt"
                    + " join one_on_one_pair p on p.id = mt.pair_id"
                    + " where not exists (select 1 from check_in c where c.meeting_id = mt.id)"
                    + " and abs(hashtext(mt.id::text || 'ck')) % 2 = 0");
            sql.execute("update check_in set submitted_at = submitted_at + (abs(hashtext(id::text)) % 3 - 1)"
                    + " * interval '1 day' + interval '1 second' * (abs(hashtext(id::text || 's')) % 2)");
            sql.execute("commit");
        }
    }

    /** The whole tenant with Sales and Finance as pilot; one division; some people without a department. */
    private static List<Cohort> cohorts(UUID tenant) throws SQLException {
        List<Cohort.Member> everyone = new ArrayList<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("set app.tenant_id = '" + tenant + "'");
            try (ResultSet rows = sql.executeQuery("select e.id, e.department_id, d.name from employee e"
                    + " left join department d on d.id = e.department_id order by e.id")) {
                while (rows.next()) {
                    String department = rows.getString(3);
                    everyone.add(new Cohort.Member(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            "Sales".equals(department) || "Finance".equals(department)));
                }
            }
        }
        UUID sales = ScaleData.id(tenant + ":d:1");
        List<Cohort.Member> withoutSome = new ArrayList<>();
        List<Cohort.Member> scattered = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i++) {
            Cohort.Member m = everyone.get(i);
            withoutSome.add(i % 4 == 0 ? new Cohort.Member(m.personId(), null, m.pilot()) : m);
            scattered.add(new Cohort.Member(m.personId(), m.departmentId(), i % 3 == 0));
        }
        return List.of(new Cohort(everyone),
                new Cohort(everyone.stream().filter(m -> sales.equals(m.departmentId())).toList()),
                new Cohort(withoutSome), new Cohort(scattered), new Cohort(List.of()));
    }

    private List<OneOnOneMonth> definition(Cohort cohort, String cadence, LocalDate from, LocalDate to) {
        return new TransactionTemplate(transactions).execute(status -> db.resultQuery(DEFINITION,
                cohort.bindingsAfter(new Object[] {cadence}, from, to, from, to)).fetch(r -> new OneOnOneMonth(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("month", LocalDate.class),
                r.get("expected", Double.class), r.get("within", Double.class),
                r.get("held", Integer.class), r.get("on_time", Integer.class))));
    }

    private static Map<String, OneOnOneMonth> byKey(List<OneOnOneMonth> rows) {
        Map<String, OneOnOneMonth> byKey = new TreeMap<>();
        for (OneOnOneMonth row : rows) {
            String key = Objects.toString(row.departmentId()) + "/" + row.pilot() + "/" + row.month();
            assertThat(byKey.put(key, row)).as("one row per group and month: " + key).isNull();
        }
        return byKey;
    }

    private static LocalDate[] window(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }
}
