package io.kadens.goals.coach;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.kadens.goals.GoalData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Goals;
import io.kadens.goals.KeyResultData;
import io.kadens.goals.KeyResultType;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Suggestions built from the tenant's goals with real embeddings, the real goals module and row-level
 * security: a target taken from a similar goal the requester may see, the deadline from the period,
 * never a private goal of someone else, never another tenant's goal.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmartSuggestionsWithGoalsTest {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Autowired
    TestTenants tenants;
    @Autowired
    Goals goals;
    @Autowired
    io.kadens.goals.GoalQueries goalQueries;
    @Autowired
    io.kadens.goals.GoalTracking goalTracking;
    @Autowired
    SmartCoachService coach;
    @Autowired
    MockMvc mvc;

    Company a;
    Company b;
    UUID companyGoal;
    UUID privateGoal;
    UUID otherTenantsGoal;

    @BeforeAll
    void setUp() {
        a = tenants.create("coachgoals");
        b = tenants.create("coachgoalsb");
        companyGoal = goal(a, a.ceo(), GoalLevel.COMPANY, GoalVisibility.TENANT,
                "Raise customer satisfaction across all regions", "CSAT", 78, 85);
        // The manager's private goal: the employee reports to the manager but is not above them.
        privateGoal = goal(a, a.manager(), GoalLevel.INDIVIDUAL, GoalVisibility.PRIVATE,
                "Improve customer satisfaction in the support team", "CSAT", 80, 91);
        otherTenantsGoal = goal(b, b.ceo(), GoalLevel.COMPANY, GoalVisibility.TENANT,
                "Improve customer satisfaction everywhere", "CSAT", 70, 97);
    }

    private UUID goal(Company company, Person owner, GoalLevel level, GoalVisibility visibility, String title,
                      String metric, int from, int to) {
        return signedIn(TestTenants.as(company, owner), () -> {
            UUID id = goals.create(new GoalData(title, "", level, null, null, owner.id(), Set.of(), null, visibility,
                    null, START, END, null, GoalKind.BUSINESS));
            goalTracking.addKeyResult(id, new KeyResultData(metric, KeyResultType.PERCENTAGE, BigDecimal.valueOf(from),
                    BigDecimal.valueOf(to), BigDecimal.valueOf(from), null, null, List.of()));
            return id;
        });
    }

    private CoachSuggestions suggest(Person who, CoachRequest request) {
        return signedIn(TestTenants.as(a, who), () -> coach.suggest(request));
    }

    private static List<String> citedIds(CoachSuggestions suggestions) {
        return suggestions.suggestions().stream().flatMap(s -> s.citations().stream()).map(CoachSuggestions.Citation::id)
                .toList();
    }

    @Test
    void theMissingTargetComesFromAVisibleSimilarGoalAndTheDeadlineFromThePeriod() {
        CoachRequest request = new CoachRequest("Improve customer satisfaction", null, null, LocalDate.of(2027, 6, 30));
        int original = signedIn(TestTenants.as(a, a.employee()), () -> coach.check(request)).score();
        CoachSuggestions result = suggest(a.employee(), request);

        assertThat(result.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        CoachSuggestions.Suggestion best = result.suggestions().getFirst();
        assertThat(best.text()).contains("CSAT 85%", "by 30 June 2027");
        assertThat(best.score()).isGreaterThan(original);
        assertThat(best.citations()).anySatisfy(citation -> {
            assertThat(citation.type()).isEqualTo("goal");
            assertThat(citation.id()).isEqualTo(companyGoal.toString());
            assertThat(citation.title()).isEqualTo("Raise customer satisfaction across all regions");
            assertThat(citation.link()).isEqualTo("goals/" + companyGoal);
        });
        assertThat(result.suggestions()).allSatisfy(s -> assertThat(s.score()).isGreaterThanOrEqualTo(original));
        // Every goal cited is one the employee may open.
        for (String id : citedIds(result)) {
            assertThat(signedIn(TestTenants.as(a, a.employee()), () -> goalQueries.visibleGoal(UUID.fromString(id))))
                    .isPresent();
        }
    }

    @Test
    void privateGoalsOfOthersAndOtherTenantsGoalsNeverAppear() {
        CoachSuggestions forEmployee = suggest(a.employee(),
                new CoachRequest("Improve customer satisfaction in the support team", null, null, END));
        assertThat(citedIds(forEmployee)).doesNotContain(privateGoal.toString(), otherTenantsGoal.toString());
        assertThat(forEmployee.suggestions()).extracting(CoachSuggestions.Suggestion::text)
                .noneMatch(text -> text.contains("91") || text.contains("97"));
        // The owner may see their private goal, so for them it is material: the filter is per requester.
        CoachSuggestions forOwner = suggest(a.manager(),
                new CoachRequest("Improve customer satisfaction for our users", null, null, END));
        assertThat(citedIds(forOwner)).contains(privateGoal.toString()).doesNotContain(otherTenantsGoal.toString());
    }

    @Test
    void aParentGoalMakesItRelevantAndOneTheCallerMayNotSeeAnswersLikeAMissingOne() throws Exception {
        CoachCheck withParent = signedIn(TestTenants.as(a, a.employee()), () -> coach.check(new CoachRequest(
                "Answer support tickets from customers within a day by March", null, companyGoal, null)));
        assertThat(withParent.criteria().get("relevant").pass()).isTrue();
        assertThat(withParent.criteria().get("relevant").reason()).startsWith("Fits the parent goal");

        for (UUID hidden : List.of(privateGoal, otherTenantsGoal, UUID.randomUUID())) {
            for (String path : List.of("smart-check", "smart-suggestions")) {
                var response = mvc.perform(post("/api/v1/ai/" + path).with(csrf())
                        .with(authentication(TestTenants.as(a, a.employee())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Grow sales\", \"parentGoalId\": \"" + hidden + "\"}"))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " with " + hidden).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain("support team", "everywhere");
            }
        }
    }
}
