package io.kadens.compensation;

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
 * Acme's demo pay data and compensation cycle over its closed semi-annual review cycle, seeded before any final
 * rating exists, and filled into a demo database seeded before pay existed, once. Read as the owner with Acme's HR
 * admin bound, since salaries answer only to HR admins and the chain above.
 */
@KadensSpringTest
class CompensationDemoSeedTest {

    @Autowired
    DemoSeeder seeder;

    private static final String BIND = "select set_config('app.tenant_id', (select id::text from tenant where slug = 'acme'), false);"
            + "select set_config('app.person_id', (select employee_id::text from user_role where role = 'HR_ADMIN' limit 1), false);";

    private int count(String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute(BIND);
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void run(String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute(BIND);
            statement.execute(sql);
        }
    }

    @Test
    void acmeHasPayDataAndACycleOverItsClosedReviewCycleAndAnOlderDatabaseGetsThemOnce() throws Exception {
        seeder.seed();
        int people = count("select count(*) from employee where status = 'ACTIVE'");
        assertThat(count("select count(*) from employee_pay")).isEqualTo(people);
        assertThat(count("select count(*) from pay_range")).isPositive();
        assertThat(count("select count(*) from compensation_cycle c join review_cycle r on r.tenant_id = c.tenant_id"
                + " and r.id = c.review_cycle_id where r.status = 'CLOSED' and r.kind = 'SEMI_ANNUAL'")).isEqualTo(1);
        assertThat(count("select count(*) from merit_guideline")).isEqualTo(15);
        assertThat(count("select count(*) from compensation_budget b join department d on d.tenant_id = b.tenant_id"
                + " and d.id = b.department_id where d.name = 'Försäljning' and b.amount > 0")).isEqualTo(1);
        assertThat(count("select count(*) from employee_pay p join employee e on e.tenant_id = p.tenant_id"
                + " and e.id = p.employee_id join pay_range r on r.tenant_id = e.tenant_id and r.job_level_id = e.job_level_id"
                + " where e.given_name = 'Sara' and p.salary / r.range_mid between 0.9 and 1.1"))
                .as("Sara sits in the middle band").isEqualTo(1);

        // a demo database seeded before pay and promotion existed gets them on the next start, once
        run("delete from merit_guideline; delete from compensation_budget; delete from compensation_cycle;"
                + " delete from employee_pay; delete from pay_range");
        seeder.seed();
        seeder.seed();
        assertThat(count("select count(*) from compensation_cycle")).isEqualTo(1);
        assertThat(count("select count(*) from employee_pay")).isEqualTo(people);
    }
}
