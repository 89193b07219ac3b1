package io.kadens.knowledge;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.content.ContentLibrary;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.GoalQueries;
import io.kadens.learning.TrainingLibrary;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.QueryCounter;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knowledge search shows each person exactly what the source's own page shows them, no more: a table
 * of source type × visibility × viewer, asked through the REST endpoint that leaked private goals, and
 * compared cell by cell with the feature's own page (goal detail, document, training item).
 *
 * <p>The company: the goals' owner is the member; the team lead is their direct manager, the manager
 * their skip-level manager; the employee is a peer in the same department; the outsider works in
 * another department (support) and is given a sign-in here; the HR admin is HR.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAccessTest {

    static final String TOKEN = "Quillomark";

    record Viewer(String role, Function<Company, Person> person) {
    }

    static final List<Viewer> VIEWERS = List.of(
            new Viewer("employee (owner)", Company::member),
            new Viewer("peer", Company::employee),
            new Viewer("direct manager", Company::teamLead),
            new Viewer("skip-level manager", Company::manager),
            new Viewer("HR admin", Company::hrAdmin),
            new Viewer("other team", Company::outsider));

    /** Which viewers see a goal of each visibility: the rules of the goals feature. */
    static final Map<GoalVisibility, Set<String>> SEES = Map.of(
            GoalVisibility.PRIVATE, Set.of("employee (owner)", "direct manager", "skip-level manager", "HR admin"),
            GoalVisibility.TEAM, Set.of("employee (owner)", "peer", "direct manager", "skip-level manager", "HR admin"),
            GoalVisibility.TENANT, VIEWERS.stream().map(Viewer::role).collect(Collectors.toSet()));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    KnowledgeFixtures fixtures;
    @Autowired
    GoalQueries goals;
    @Autowired
    ContentLibrary content;
    @Autowired
    TrainingLibrary training;
    @Autowired
    SearchAccessRules rules;
    @Autowired
    QueryCounter queries;
    @Autowired
    io.kadens.security.Accounts accounts;

    Company c;
    UUID cycle;
    final Map<GoalVisibility, UUID> goalBy = new LinkedHashMap<>();
    UUID document;
    UUID course;

    @BeforeAll
    void company() {
        c = tenants.create("searchaccess");
        // The other team's viewer signs in like everyone else (a person without an account gets no API answer).
        io.kadens.tenants.TenantScope.run(c.id(), () -> accounts.enableSignIn(c.outsider().id(), TestTenants.PASSWORD));
        cycle = fixtures.cycle(c);
        for (GoalVisibility visibility : GoalVisibility.values()) {
            goalBy.put(visibility, fixtures.goal(c, cycle, c.member(), "Cut " + TOKEN + " onboarding time",
                    "A " + visibility.name().toLowerCase() + " goal about " + TOKEN + " onboarding.", visibility));
        }
        document = fixtures.upload(c, "onboarding-policy.md", "# " + TOKEN + " onboarding policy\n\n"
                + "Every new hire gets a " + TOKEN + " onboarding buddy in the first week.");
        course = fixtures.trainingItem(c, TOKEN + " onboarding basics", "How " + TOKEN + " onboarding works.");
        // Indexing may follow the goal's transaction: wait until HR, who sees every goal, finds all three.
        await().atMost(Duration.ofSeconds(30)).until(() -> found(c.hrAdmin(), List.of(SourceTypes.GOAL), 10)
                .containsAll(goalBy.values().stream().map(id -> SourceRef.of(SourceTypes.GOAL, id)).toList()));
    }

    /** What the REST search returns to a person, as sources. */
    private Set<SourceRef> found(Person person, List<String> sourceTypes, int k) throws Exception {
        String body = mvc.perform(post("/api/v1/knowledge/search").with(csrf())
                        .with(authentication(as(c, person))).contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(Map.of("query",
                                TOKEN + " onboarding", "k", k, "sourceTypes", sourceTypes))))
                .andReturn().getResponse().getContentAsString();
        Set<SourceRef> sources = new HashSet<>();
        for (JsonNode hit : JsonMapper.builder().build().readTree(body).path("hits")) {
            sources.add(new SourceRef(hit.path("sourceType").asString(), hit.path("sourceId").asString()));
        }
        return sources;
    }

    @Test
    void goalsInSearchAreExactlyTheGoalsThePersonsGoalPageShows() throws Exception {
        List<String> rows = new ArrayList<>();
        for (Viewer viewer : VIEWERS) {
            Person person = viewer.person().apply(c);
            Set<SourceRef> found = found(person, List.of(SourceTypes.GOAL), 10);
            for (Map.Entry<GoalVisibility, UUID> goal : goalBy.entrySet()) {
                boolean inSearch = found.contains(SourceRef.of(SourceTypes.GOAL, goal.getValue()));
                boolean onPage = signedIn(as(c, person), () -> goals.detail(goal.getValue())).isPresent();
                boolean expected = SEES.get(goal.getKey()).contains(viewer.role());
                rows.add(goal.getKey() + " goal, " + viewer.role() + ": search " + inSearch + ", page " + onPage
                        + ", rule " + expected);
                assertThat(inSearch).as(rows.getLast()).isEqualTo(onPage).isEqualTo(expected);
            }
        }
        System.out.println(String.join("\n", rows));
    }

    @Test
    void contentAndTrainingReachEveryoneOfTheTenantAsTheirPagesDo() throws Exception {
        for (Viewer viewer : VIEWERS) {
            Person person = viewer.person().apply(c);
            Set<SourceRef> found = found(person, List.of(SourceTypes.COMPANY_CONTENT, SourceTypes.TRAINING_ITEM), 10);
            assertThat(found).as(viewer.role()).contains(SourceRef.of(SourceTypes.COMPANY_CONTENT, document),
                    SourceRef.of(SourceTypes.TRAINING_ITEM, course));
            assertThat(signedIn(as(c, person), () -> content.document(document))).as(viewer.role()).isPresent();
            assertThat(signedIn(as(c, person), () -> training.item(course))).as(viewer.role()).isPresent();
        }
        assertThat(signedIn(TestTenants.operator(), () -> rules.visible(List.of(
                SourceRef.of(SourceTypes.COMPANY_CONTENT, document), SourceRef.of(SourceTypes.TRAINING_ITEM, course),
                SourceRef.of(SourceTypes.GOAL, goalBy.get(GoalVisibility.TENANT)))))).isEmpty();
    }

    @Test
    void withoutSourceTypesEverySourceStillPassesItsRule() throws Exception {
        Set<SourceRef> peer = found(c.employee(), List.of(), 10);
        assertThat(peer).contains(SourceRef.of(SourceTypes.COMPANY_CONTENT, document),
                        SourceRef.of(SourceTypes.TRAINING_ITEM, course),
                        SourceRef.of(SourceTypes.GOAL, goalBy.get(GoalVisibility.TENANT)))
                .doesNotContain(SourceRef.of(SourceTypes.GOAL, goalBy.get(GoalVisibility.PRIVATE)));
        assertThat(found(c.outsider(), List.of(), 10))
                .doesNotContain(SourceRef.of(SourceTypes.GOAL, goalBy.get(GoalVisibility.TEAM)));
    }

    @Test
    void aPageIsStillFullWhenMostHitsAreHidden() {
        Company d = tenants.create("searchpage");
        UUID now = fixtures.cycle(d);
        // Ten private goals that match the query best, then three everyone may see.
        for (int i = 0; i < 10; i++) {
            fixtures.goal(d, now, d.member(), "Zanthorpe rollout " + i, "Zanthorpe rollout", GoalVisibility.PRIVATE);
        }
        Set<UUID> open = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            open.add(fixtures.goal(d, now, d.member(), "Zanthorpe rollout support " + i, "Support the rollout.",
                    GoalVisibility.TENANT));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> signedIn(as(d, d.hrAdmin()), () -> rules.search(
                new KnowledgeQuery("Zanthorpe rollout", 20, Set.of(SourceTypes.GOAL), null, null))).size() == 13);

        List<KnowledgeHit> page = signedIn(as(d, d.employee()), () -> rules.search(
                new KnowledgeQuery("Zanthorpe rollout", 3, Set.of(SourceTypes.GOAL), null, null)));
        assertThat(page).hasSize(3).extracting(hit -> UUID.fromString(hit.source().id()))
                .containsExactlyInAnyOrderElementsOf(open);
    }

    @Test
    void aPageOfGoalsIsCheckedWithAsManyQueriesAsOneGoal() {
        Company e = tenants.create("searchbatch");
        UUID now = fixtures.cycle(e);
        List<SourceRef> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(SourceRef.of(SourceTypes.GOAL, fixtures.goal(e, now, e.member(), "Batch goal " + i, "",
                    i % 2 == 0 ? GoalVisibility.PRIVATE : GoalVisibility.TENANT)));
        }
        var one = signedIn(as(e, e.employee()), () -> queries.count(() -> rules.visible(many.subList(0, 1))));
        var twelve = signedIn(as(e, e.employee()), () -> queries.count(() -> rules.visible(many)));

        assertThat(twelve.value()).hasSize(6);
        assertThat(twelve.queries()).as("queries for 12 goals").isEqualTo(one.queries()).isPositive();
        System.out.println("goal visibility check: " + one.queries() + " queries for 1 goal, " + twelve.queries()
                + " for 12");
    }
}
