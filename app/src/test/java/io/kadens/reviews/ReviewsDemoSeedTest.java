package io.kadens.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.demo.DemoSeeder;
import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo cycles: Acme's closed and open cycles, Globex's cycle in manager review, filled into an older demo database too. */
@KadensSpringTest
class ReviewsDemoSeedTest {

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
    void acmeHasAClosedAndAnOpenCycleWithSarasSelfReviewDueAndGlobexIsInManagerReview() throws Exception {
        seeder.seed();
        assertThat(count("acme", "select count(*) from review_cycle where status = 'CLOSED' and kind = 'SEMI_ANNUAL'")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from review r join review_cycle c on c.tenant_id = r.tenant_id"
                + " and c.id = r.cycle_id join employee e on e.tenant_id = r.tenant_id and e.id = r.subject_id"
                + " join review_cycle_phase p on p.tenant_id = c.tenant_id and p.cycle_id = c.id and p.phase = 'SELF_REVIEW'"
                + " where c.status = 'ACTIVE' and c.kind = 'QUARTERLY' and r.form = 'SELF' and r.status <> 'SUBMITTED'"
                + " and e.given_name = 'Sara' and e.family_name = 'Nilsson' and p.deadline > current_date")).isEqualTo(1);
        assertThat(count("globex", "select count(*) from review_cycle c"
                + " join review_cycle_phase s on s.tenant_id = c.tenant_id and s.cycle_id = c.id and s.phase = 'PEER_REVIEWS'"
                + " join review_cycle_phase m on m.tenant_id = c.tenant_id and m.cycle_id = c.id and m.phase = 'MANAGER_REVIEW'"
                + " where c.status = 'ACTIVE' and s.deadline < current_date and m.deadline >= current_date")).isEqualTo(1);
        assertThat(count("globex", "select count(*) from review where form = 'MANAGER'")).isPositive();

        // a demo database seeded before review cycles existed gets them on the next start, once
        run("globex", "delete from review; delete from review_participant; delete from review_cycle_phase;"
                + " delete from review_cycle_selection; delete from review_cycle;"
                + " delete from review_template_version; delete from review_template");
        seeder.seed();
        seeder.seed();
        assertThat(count("globex", "select count(*) from review_cycle")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from review_cycle")).isEqualTo(2);
    }
}
