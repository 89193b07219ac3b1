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

/**
 * Demo 360 and sharing: in Acme's open quarterly cycle Sara has one approved and answered peer nomination and one
 * pending, and her outcome of the closed semi-annual cycle is shared; Globex's cycle is in its manager-review phase.
 * A fresh seed, a re-run and a database seeded before this existed all end the same.
 */
@KadensSpringTest
class Review360DemoSeedTest {

    static final String SARA = " join employee e on e.tenant_id = n.tenant_id and e.id = n.subject_id"
            + " and e.given_name = 'Sara' and e.family_name = 'Nilsson'";
    static final String QUARTERLY = " join review_cycle c on c.tenant_id = n.tenant_id and c.id = n.cycle_id"
            + " and c.status = 'ACTIVE' and c.kind = 'QUARTERLY'";

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

    private int nominations(String status) throws Exception {
        return count("acme", "select count(*) from review_nomination n" + SARA + QUARTERLY + " where n.status = '"
                + status + "'");
    }

    /** Submitted peer reviews about Sara in the quarterly cycle, by a nominee her manager approved. */
    private int answeredPeerReviews() throws Exception {
        return count("acme", "select count(*) from review_nomination n" + SARA + QUARTERLY
                + " join review r on r.tenant_id = n.tenant_id and r.cycle_id = n.cycle_id and r.subject_id = n.subject_id"
                + " and r.author_id = n.nominee_id and r.form = 'PEER' and r.status = 'SUBMITTED'"
                + " and jsonb_array_length(r.answers) > 0 where n.status = 'APPROVED'");
    }

    private int sharedOutcomes() throws Exception {
        return count("acme", "select count(*) from review_outcome o join review_cycle c on c.tenant_id = o.tenant_id"
                + " and c.id = o.cycle_id and c.status = 'CLOSED' and c.kind = 'SEMI_ANNUAL'"
                + " join employee e on e.tenant_id = o.tenant_id and e.id = o.employee_id"
                + " and e.given_name = 'Sara' and e.family_name = 'Nilsson'"
                + " where o.shared_at is not null and o.shared_by = e.manager_id and o.acknowledged_at is null");
    }

    private void assertTheDemo() throws Exception {
        assertThat(nominations("APPROVED")).isEqualTo(1);
        assertThat(nominations("PENDING")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from review_nomination")).isEqualTo(2);
        assertThat(answeredPeerReviews()).isEqualTo(1);
        assertThat(sharedOutcomes()).isEqualTo(1);
        assertThat(count("acme", "select count(*) from review_outcome where shared_at is not null")).isEqualTo(1);
        // Sara's own self review in the quarterly cycle is still due
        assertThat(count("acme", "select count(*) from review n" + QUARTERLY
                + " join employee e on e.tenant_id = n.tenant_id and e.id = n.subject_id and e.given_name = 'Sara'"
                + " where n.form = 'SELF' and n.status = 'NOT_STARTED'")).isEqualTo(1);
        // Globex: its running cycle is in the manager-review phase (peer reviews behind it, manager reviews due)
        assertThat(count("globex", "select count(*) from review_cycle c"
                + " join review_cycle_phase peer on peer.tenant_id = c.tenant_id and peer.cycle_id = c.id"
                + " and peer.phase = 'PEER_REVIEWS' and peer.deadline < current_date"
                + " join review_cycle_phase mgr on mgr.tenant_id = c.tenant_id and mgr.cycle_id = c.id"
                + " and mgr.phase = 'MANAGER_REVIEW' and mgr.deadline >= current_date"
                + " where c.status = 'ACTIVE'")).isEqualTo(1);
        assertThat(count("globex", "select count(*) from review_nomination")).isZero();
        assertThat(count("globex", "select count(*) from review_outcome where shared_at is not null")).isZero();
    }

    @Test
    void saraHasPeersNominatedAndHerOutcomeSharedOnceWhateverRanBefore() throws Exception {
        seeder.seed();
        assertTheDemo();

        // a re-run changes nothing
        seeder.seed();
        assertTheDemo();

        // a database seeded before nominations and sharing existed gets them on the next start, once
        run("acme", "delete from review where form = 'PEER'; delete from review_nomination;"
                + " update review_outcome set shared_at = null, shared_by = null");
        assertThat(nominations("APPROVED")).isZero();
        assertThat(sharedOutcomes()).isZero();
        seeder.seed();
        assertTheDemo();
        seeder.seed();
        assertTheDemo();
    }
}
