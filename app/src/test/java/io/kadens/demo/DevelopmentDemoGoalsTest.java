package io.kadens.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sara's and Emma's approved demo plans show as goals of kind DEVELOPMENT, made with their manager signed in;
 * a database an earlier version seeded (approved plans without goals) gets them on the next seed, once.
 */
@KadensSpringTest
class DevelopmentDemoGoalsTest {

    static final String PERSONA_OBJECTIVES_WITHOUT_GOAL = "select count(*) from development_objective o"
            + " join development_plan p on p.tenant_id = o.tenant_id and p.id = o.plan_id"
            + " join employee e on e.tenant_id = p.tenant_id and e.id = p.person_id"
            + " where p.status = 'APPROVED' and o.goal_id is null"
            + " and (e.email like 'sara.nilsson@%' or e.email like 'emma.brooks@%')";
    static final String PERSONA_DEVELOPMENT_GOALS = "select count(*) from goal g"
            + " join employee e on e.tenant_id = g.tenant_id and e.id = g.owner_id"
            + " where g.kind = 'DEVELOPMENT' and g.id in (select goal_id from development_objective)"
            + " and (e.email like 'sara.nilsson@%' or e.email like 'emma.brooks@%')";

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

    private void execute(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug + "'), false)");
            statement.execute(sql);
        }
    }

    @Test
    void approvedDemoPlansHaveDevelopmentGoalsAlsoInAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        for (String slug : new String[] {"acme", "globex"}) {
            assertThat(count(slug, PERSONA_OBJECTIVES_WITHOUT_GOAL)).as(slug).isZero();
            assertThat(count(slug, PERSONA_DEVELOPMENT_GOALS)).as(slug).isEqualTo(2);
        }
        // What an earlier version seeded: the approved plan's objectives without goals.
        execute("acme", "update development_objective set goal_id = null");
        assertThat(count("acme", PERSONA_OBJECTIVES_WITHOUT_GOAL)).isEqualTo(2);
        seeder.seed();
        seeder.seed();
        assertThat(count("acme", PERSONA_OBJECTIVES_WITHOUT_GOAL)).isZero();
        assertThat(count("acme", PERSONA_DEVELOPMENT_GOALS)).isEqualTo(2);
        assertThat(count("globex", PERSONA_DEVELOPMENT_GOALS)).as("globex seeded once").isEqualTo(2);
    }
}
