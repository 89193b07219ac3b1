package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.competencies.CompetencyTestData;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** "Draft my plan" over HTTP: the person's own draft with resolved sources; others get problem details. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentDraftsApiTest {

    static final String DRAFT = "/api/v1/ai/development-plans/draft";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData competencies;
    @Autowired
    TrainingLibrary library;
    @Autowired
    ApiTokens apiTokens;

    Company a;
    CompetencyTestData.Seeded framework;
    UUID course;

    @BeforeAll
    void company() {
        a = tenants.create("dvdraftapi");
        framework = competencies.seed(a);
        course = signedIn(as(a, a.hrAdmin()), () -> library.create(new TrainingItemData("Clear explanations",
                "Explain ideas", ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 30, TrainingLevel.BEGINNER,
                List.of("Communication " + a.slug()), "en", List.of())));
    }

    private MockHttpServletResponse draft(String body, TestTenants.Person person) throws Exception {
        return mvc.perform(post(DRAFT).with(csrf()).with(authentication(as(a, person)))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void thePersonGetsTheirDraftWithEverySourceResolved() throws Exception {
        MockHttpServletResponse own = draft("{}", a.employee());
        assertThat(own.getStatus()).isEqualTo(200);
        String json = own.getContentAsString();
        assertThat(json).contains("\"mode\":\"OFFLINE\"", "\"objectives\":[{", "\"competencyId\":\""
                + framework.coreCompetency(), "\"kind\":\"FORMAL_LEARNING\"", "\"referenceId\":\"" + course,
                "\"label\":\"Clear explanations\"", "\"link\":\"learning/" + course, "assessment:" + framework.assessment());
        assertThat(draft("{\"employeeId\":\"" + a.employee().id() + "\",\"horizonMonths\":3,\"language\":\"sv\"}",
                a.employee()).getContentAsString()).contains("\"horizonMonths\":3", "Gå utbildningen");
    }

    @Test
    void othersGetProblemDetails() throws Exception {
        String forEmployee = "{\"employeeId\":\"" + a.employee().id() + "\"}";
        MockHttpServletResponse manager = draft(forEmployee, a.manager());
        assertThat(manager.getStatus()).isEqualTo(403);
        assertThat(manager.getContentType()).startsWith("application/problem+json");
        MockHttpServletResponse colleague = draft(forEmployee, a.teamLead());
        MockHttpServletResponse nobody = draft("{\"employeeId\":\"" + UUID.randomUUID() + "\"}", a.teamLead());
        assertThat(colleague.getStatus()).isEqualTo(404).isEqualTo(nobody.getStatus());
        assertThat(colleague.getContentType()).startsWith("application/problem+json");
        assertThat(colleague.getContentAsString()).doesNotContain("Communication");
        MockHttpServletResponse badHorizon = draft("{\"horizonMonths\":99}", a.employee());
        assertThat(badHorizon.getStatus()).isEqualTo(400);
        assertThat(badHorizon.getContentType()).startsWith("application/problem+json");
        assertThat(badHorizon.getContentAsString()).contains("horizonMonths");
    }

    @Test
    void aMemberWithoutAssessmentHearsWhatIsMissing() throws Exception {
        String json = draft("{}", a.member()).getContentAsString();
        assertThat(json).contains("\"what\":\"NO_ASSESSMENT\"", "\"who\":\"PERSON_OR_MANAGER\"", "\"objectives\":[]");
    }

    @Test
    void oneObjectiveIsDraftedAgainAndTokensWork() throws Exception {
        String token = signedIn(as(a, a.employee()), () -> apiTokens.create("drafts", TokenExpiry.NEVER).token());
        MockHttpServletResponse again = mvc.perform(post(DRAFT + "/objective").contentType(MediaType.APPLICATION_JSON)
                .content("{\"competencyId\":\"" + framework.coreCompetency() + "\",\"alternative\":1}")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("\"alternative\":1", framework.coreCompetency().toString());
        MockHttpServletResponse notAnObjective = mvc.perform(post(DRAFT + "/objective")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"competencyId\":\"" + UUID.randomUUID() + "\"}")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(notAnObjective.getStatus()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentHasTheDraftEndpoints() throws Exception {
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains(DRAFT, DRAFT + "/objective");
    }
}
