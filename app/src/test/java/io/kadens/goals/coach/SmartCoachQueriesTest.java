package io.kadens.goals.coach;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceTypes;
import io.kadens.goals.GoalVisibility;
import io.kadens.knowledge.KnowledgeFixtures;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.QueryCounter;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A suggestion checks the visibility of all the similar goals it found at once: it runs as many
 * queries with eight similar goals as with one (it used to run about seven per goal).
 */
@KadensSpringTest
class SmartCoachQueriesTest {

    static final String GOAL = "Improve customer satisfaction";

    @Autowired
    SmartCoachService coach;
    @Autowired
    SearchAccessRules knowledge;
    @Autowired
    KnowledgeFixtures fixtures;
    @Autowired
    QueryCounter queries;
    @Autowired
    TestTenants tenants;

    @Test
    void eightSimilarGoalsCostNoMoreQueriesThanOne() {
        Company c = tenants.create("coachq");
        UUID cycle = fixtures.cycle(c);
        fixtures.goal(c, cycle, c.manager(), "Raise customer satisfaction to a CSAT of 90%", "", GoalVisibility.TENANT);
        awaitIndexed(c, 1);
        count(c); // whatever a first call warms up is not what is measured
        var withOne = count(c);
        for (int i = 0; i < 7; i++) {
            fixtures.goal(c, cycle, c.teamLead(), "Customer satisfaction CSAT of " + (80 + i) + "% in region " + i, "",
                    GoalVisibility.TENANT);
        }
        awaitIndexed(c, 8);
        var withEight = count(c);

        assertThat(withEight.value().suggestions()).isNotEmpty();
        assertThat(withEight.queries()).as("queries with 8 similar goals").isEqualTo(withOne.queries());
        System.out.println("SMART suggestion: " + withOne.queries() + " queries with 1 similar goal, "
                + withEight.queries() + " with 8");
    }

    private QueryCounter.Counted<CoachSuggestions> count(Company c) {
        return signedIn(as(c, c.employee()), () -> queries.count(() -> coach.suggest(new CoachRequest(GOAL, "en",
                null, TestTenants.today().plusDays(40)))));
    }

    private void awaitIndexed(Company c, int goals) {
        await().atMost(Duration.ofSeconds(30)).until(() -> signedIn(as(c, c.employee()), () -> knowledge.search(
                new KnowledgeQuery(GOAL, 10, Set.of(SourceTypes.GOAL), null, null))).size() >= goals);
    }
}
