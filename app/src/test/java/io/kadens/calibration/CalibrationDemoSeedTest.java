package io.kadens.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.demo.DemoSeeder;
import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Acme's closed semi-annual cycle gets a finished calibration session with calibrated ratings, also in an older demo database. */
@KadensSpringTest
class CalibrationDemoSeedTest {

    @Autowired
    DemoSeeder seeder;

    private int count(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug + "'), false)");
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void run(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug + "'), false)");
            statement.execute(sql);
        }
    }

    @Test
    void acmesClosedCycleHasAFinishedSessionWithCalibratedRatings() throws Exception {
        seeder.seed();
        assertThat(count("acme", "select count(*) from calibration_session s join review_cycle c"
                + " on c.tenant_id = s.tenant_id and c.id = s.cycle_id"
                + " where s.status = 'FINISHED' and c.status = 'CLOSED' and c.kind = 'SEMI_ANNUAL'")).isEqualTo(1);
        int people = count("acme", "select count(*) from calibration_session_person");
        assertThat(people).isGreaterThanOrEqualTo(10);
        assertThat(count("acme", "select count(*) from calibration_move")).isEqualTo(people);
        assertThat(count("acme", "select count(distinct calibrator_id) from calibration_preview")).isEqualTo(3);
        assertThat(count("acme", "select count(*) from review_outcome o join calibration_session_person p"
                + " on p.tenant_id = o.tenant_id and p.cycle_id = o.cycle_id and p.employee_id = o.employee_id"
                + " where o.calibrated_rating is not null and o.potential is not null"))
                .isEqualTo(people);
        // shared with nobody but Sara (Review360DemoSeed shares hers, so the sharing page has something to show)
        assertThat(count("acme", "select count(*) from review_outcome o join employee e"
                + " on e.tenant_id = o.tenant_id and e.id = o.employee_id"
                + " where o.shared_at is not null and not (e.given_name = 'Sara' and e.family_name = 'Nilsson')"))
                .isZero();
        assertThat(count("acme", "select count(*) from review_outcome o join employee e"
                + " on e.tenant_id = o.tenant_id and e.id = o.employee_id"
                + " where e.given_name = 'Sara' and e.family_name = 'Nilsson' and o.calibrated_rating = 4"
                + " and o.potential = 3")).isEqualTo(1);
        assertThat(count("globex", "select count(*) from calibration_session")).isZero();

        // a demo database seeded before calibration existed gets its session on the next start, once
        run("acme", "delete from calibration_move; delete from calibration_preview; delete from calibration_session_person;"
                + " delete from calibration_session_calibrator; delete from calibration_session");
        seeder.seed();
        seeder.seed();
        assertThat(count("acme", "select count(*) from calibration_session")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from calibration_move")).isEqualTo(people);
    }
}
