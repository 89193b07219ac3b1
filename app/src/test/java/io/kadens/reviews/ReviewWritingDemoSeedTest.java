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

/** Demo reviews: Acme's closed half-year fully written and rated, Sara's quarterly self review still due, Globex drafting. */
@KadensSpringTest
class ReviewWritingDemoSeedTest {

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

    static final String CLOSED = " from review r join review_cycle c on c.tenant_id = r.tenant_id and c.id = r.cycle_id"
            + " where c.status = 'CLOSED' and c.kind = 'SEMI_ANNUAL'";

    @Test
    void theDemoCyclesHaveWrittenReviewsAlsoInAnOlderDatabase() throws Exception {
        seeder.seed();
        assertThat(count("acme", "select count(*)" + CLOSED)).isPositive();
        assertThat(count("acme", "select count(*)" + CLOSED + " and (r.status <> 'SUBMITTED' or r.overall_rating is null"
                + " or jsonb_array_length(r.answers) = 0)")).isZero();
        assertThat(count("acme", "select count(distinct r.overall_rating)" + CLOSED + " and r.form = 'MANAGER'"))
                .isGreaterThan(1);
        // Sara's self review in the open quarterly cycle stays due
        assertThat(count("acme", "select count(*) from review r join review_cycle c on c.tenant_id = r.tenant_id"
                + " and c.id = r.cycle_id join employee e on e.tenant_id = r.tenant_id and e.id = r.subject_id"
                + " where c.status = 'ACTIVE' and c.kind = 'QUARTERLY' and r.form = 'SELF' and r.status = 'NOT_STARTED'"
                + " and e.given_name = 'Sara' and e.family_name = 'Nilsson'")).isEqualTo(1);
        assertThat(count("globex", "select count(*) from review where form = 'MANAGER' and status = 'DRAFT'"
                + " and jsonb_array_length(answers) > 0")).isPositive();
        assertThat(count("globex", "select count(*) from review where status = 'SUBMITTED'")).isZero();

        // a database seeded before reviews were written gets them on the next start, once
        run("acme", "update review set status = 'NOT_STARTED', submitted_at = null, overall_rating = null,"
                + " answers = '[]'::jsonb");
        seeder.seed();
        int submitted = count("acme", "select count(*)" + CLOSED + " and r.status = 'SUBMITTED'");
        assertThat(submitted).isEqualTo(count("acme", "select count(*)" + CLOSED));
        seeder.seed();
        assertThat(count("acme", "select count(*) from review where status = 'SUBMITTED'")).isEqualTo(submitted);
    }
}
