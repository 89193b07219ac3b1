package io.kadens.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo data is dated from each company's own day on the application's clock, as everything else in Kadens reads
 * "today": not from the server's day, nor from UTC's, nor from Stockholm's for a company in New York.
 */
@KadensSpringTest
class DemoSeedOrganisationDayTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    TestClock clock;

    @Test
    void demoDatesCountFromTheOrganisationsDayWhileItIsStillTheDayBeforeOnTheServer() throws Exception {
        // 23:30 UTC on the last day of last month: already the first of this month in Stockholm (Acme), still the
        // last day of last month in UTC and in New York (Globex). Whatever zone the test machine runs in, its own
        // day at the real time is neither.
        LocalDate lastOfLastMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusDays(1);
        Instant lateEvening = lastOfLastMonth.atTime(23, 30).toInstant(ZoneOffset.UTC);
        LocalDate acme = LocalDate.ofInstant(lateEvening, ZoneId.of("Europe/Stockholm"));
        LocalDate globex = LocalDate.ofInstant(lateEvening, ZoneId.of("America/New_York"));
        assertThat(acme).isEqualTo(lastOfLastMonth.plusDays(1));
        assertThat(globex).isEqualTo(lastOfLastMonth);

        // Companies seeded earlier (by another test in this database) are set aside, so both are seeded afresh; they
        // come back afterwards, and the ones seeded here go aside: other tests count from the real day.
        String acmeBefore = setAside("acme");
        String globexBefore = setAside("globex");
        try {
            clock.at(lateEvening);
            try {
                seeder.seed();
            } finally {
                clock.reset();
            }
            seededFromTheOrganisationsDay(acme, globex);
        } finally {
            setAside("acme");
            setAside("globex");
            bringBack(acmeBefore, "acme");
            bringBack(globexBefore, "globex");
        }
    }

    private static void seededFromTheOrganisationsDay(LocalDate acme, LocalDate globex) throws Exception {
        // the employee persona's training: assigned due in a week and a month, one course completed three days ago
        assertThat(dates("acme", "select due_date from training_assignment where due_date is not null"))
                .containsExactlyInAnyOrder(acme.plusDays(7), acme.plusDays(30));
        assertThat(dates("acme", "select completed_on from training_progress where completed_on is not null"))
                .containsExactly(acme.minusDays(3));
        assertThat(dates("globex", "select due_date from training_assignment where due_date is not null"))
                .containsExactlyInAnyOrder(globex.plusDays(7), globex.plusDays(30));
        // open feedback requests, due a few days from the company's day (Globex's from New York's)
        assertThat(dates("acme", "select due_date from feedback_request"))
                .containsExactlyInAnyOrder(acme.plusDays(4), acme.plusDays(5), acme.plusDays(7));
        assertThat(dates("globex", "select due_date from feedback_request")).containsExactly(globex.plusDays(10));
        // the persona's development plan runs from a month ago
        assertThat(dates("acme", "select period_start from development_plan")).containsExactly(acme.minusMonths(1));
        assertThat(dates("globex", "select period_start from development_plan")).containsExactly(globex.minusMonths(1));
        // the salary review takes effect on the first of the month after next
        assertThat(dates("acme", "select effective_date from compensation_cycle"))
                .containsExactly(acme.plusMonths(2).withDayOfMonth(1));
        // (the rollout, goals, reviews and 1:1s already read the company's zone; the rollout as a witness)
        assertThat(dates("acme", "select starts_on from rollout_phase where phase = 'ROLLOUT'"))
                .containsExactly(acme.minusMonths(1));
    }

    /** Gives the company another slug; returns it, or null when there was no such company. */
    private static String setAside(String slug) throws Exception {
        String aside = slug + "-set-aside-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            return statement.executeUpdate("update tenant set slug = '" + aside + "' where slug = '" + slug + "'") == 0
                    ? null : aside;
        }
    }

    private static void bringBack(String aside, String slug) throws Exception {
        if (aside == null) {
            return;
        }
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.executeUpdate("update tenant set slug = '" + slug + "' where slug = '" + aside + "'");
        }
    }

    private static List<LocalDate> dates(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug
                    + "'), false)");
            List<LocalDate> dates = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    dates.add(rows.getObject(1, LocalDate.class));
                }
            }
            return dates;
        }
    }
}
