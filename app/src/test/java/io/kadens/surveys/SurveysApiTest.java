package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The surveys REST API: HR admins run surveys, people answer theirs, closed surveys refuse in the caller's language. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveysApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    SurveysTestData data;

    Company a;
    Company b;
    SurveysTestData.Seeded seededB;

    @BeforeAll
    void companies() {
        a = tenants.create("sapia");
        b = tenants.create("sapib");
        seededB = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Company company, Person person,
                                         String body) throws Exception {
        request.with(authentication(as(company, person))).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private static final String ANSWERS = """
            {"answers": [{"position": 0, "scale": 4}, {"position": 1, "scale": 3}, {"position": 2, "scale": 5},
                         {"position": 3, "text": "%s"}]}""";

    @Test
    void hrCreatesAndOpensASurveyPeopleAnswerAndAClosedSurveyRefusesInTheirLanguage() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/surveys"), a, a.hrAdmin(), """
                {"title": "Q4 process review", "template": "PROCESS", "audience": "EVERYONE"}""");
        assertThat(created.getStatus()).isEqualTo(201);
        String id = json(created).get("id").asString();
        assertThat(call(post("/api/v1/surveys/" + id + "/open"), a, a.hrAdmin(), "{\"version\": 0}").getStatus())
                .isEqualTo(200);

        JsonNode mine = json(call(get("/api/v1/surveys/mine"), a, a.employee(), null));
        assertThat(mine.toString()).contains("Q4 process review", "How easy was the process to follow?");
        assertThat(call(put("/api/v1/surveys/" + id + "/answers"), a, a.employee(), ANSWERS.formatted("first"))
                .getStatus()).isEqualTo(204);
        assertThat(call(put("/api/v1/surveys/" + id + "/answers"), a, a.employee(), ANSWERS.formatted("second"))
                .getStatus()).isEqualTo(204);
        assertThat(json(call(get("/api/v1/surveys/mine"), a, a.employee(), null)).toString())
                .contains("second").doesNotContain("first");

        // one answer is below the threshold of three: participation shows, the answers do not
        JsonNode results = json(call(get("/api/v1/surveys/" + id + "/results"), a, a.hrAdmin(), null));
        assertThat(results.get("suppressed").asBoolean()).isTrue();
        assertThat(results.get("responded").asInt()).isEqualTo(1);
        assertThat(results.toString()).doesNotContain("second");

        MockHttpServletResponse stale = call(post("/api/v1/surveys/" + id + "/close"), a, a.hrAdmin(), "{\"version\": 0}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(call(post("/api/v1/surveys/" + id + "/close"), a, a.hrAdmin(), "{\"version\": 1}").getStatus())
                .isEqualTo(200);
        MockHttpServletResponse refused = mvc.perform(put("/api/v1/surveys/" + id + "/answers")
                .header("Accept-Language", "sv").with(authentication(as(a, a.member()))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ANSWERS.formatted("late"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Enkäten är stängd");
    }

    @Test
    void onlyHrAdminsRunSurveysAndAnotherTenantsSurveyIsUnknown() throws Exception {
        assertThat(call(get("/api/v1/surveys"), a, a.employee(), null).getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/surveys"), a, a.manager(), """
                {"title": "x", "template": "PROCESS", "audience": "EVERYONE"}""").getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/surveys/" + seededB.survey() + "/results"), a, a.hrAdmin(), null).getStatus())
                .isEqualTo(404);
        assertThat(call(post("/api/v1/surveys/" + seededB.survey() + "/close"), a, a.hrAdmin(), "{\"version\": 1}")
                .getStatus()).isEqualTo(404);
        assertThat(call(put("/api/v1/surveys/" + seededB.survey() + "/answers"), a, a.employee(),
                ANSWERS.formatted("hijack")).getStatus()).isEqualTo(404);
        MockHttpServletResponse bad = call(post("/api/v1/surveys"), a, a.hrAdmin(), "{\"title\": \"\"}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Give the survey a title");
    }

    @Test
    void editingAnsweredQuestionsStartsANewRevisionAndAStaleAnswerIsRefused() throws Exception {
        String id = json(call(post("/api/v1/surveys"), a, a.hrAdmin(), """
                {"title": "Monthly pulse", "template": "PULSE", "audience": "EVERYONE",
                 "bankQuestions": ["WORKLOAD_MANAGEABLE", "OPEN_IMPROVE"]}""")).get("id").asString();
        call(post("/api/v1/surveys/" + id + "/open"), a, a.hrAdmin(), "{\"version\": 0}");
        assertThat(call(put("/api/v1/surveys/" + id + "/answers"), a, a.ceo(),
                "{\"revision\": 1, \"answers\": [{\"position\": 0, \"scale\": 4}]}").getStatus()).isEqualTo(204);
        String questions = """
                {"version": %d, "questions": [{"kind": "SCALE", "promptEn": "Is the pace right?", "promptSv": "Är tempot rätt?"}]}""";
        assertThat(call(put("/api/v1/surveys/" + id + "/questions"), a, a.hrAdmin(), questions.formatted(0)).getStatus())
                .as("stale version").isEqualTo(409);
        assertThat(call(put("/api/v1/surveys/" + id + "/questions"), a, a.employee(), questions.formatted(1)).getStatus())
                .isEqualTo(403);
        assertThat(call(put("/api/v1/surveys/" + seededB.survey() + "/questions"), a, a.hrAdmin(), questions.formatted(1))
                .getStatus()).isEqualTo(404);
        MockHttpServletResponse edited = call(put("/api/v1/surveys/" + id + "/questions"), a, a.hrAdmin(),
                questions.formatted(1));
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(json(edited).get("version").asInt()).isEqualTo(2);
        JsonNode survey = json(call(get("/api/v1/surveys/" + id), a, a.hrAdmin(), null));
        assertThat(survey.get("revision").asInt()).isEqualTo(2);
        assertThat(survey.toString()).contains("Is the pace right?");

        MockHttpServletResponse stale = call(put("/api/v1/surveys/" + id + "/answers"), a, a.employee(),
                "{\"revision\": 1, \"answers\": [{\"position\": 0, \"scale\": 2}]}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
        JsonNode first = json(call(get("/api/v1/surveys/" + id + "/results?revision=1"), a, a.hrAdmin(), null));
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("responded").asInt()).isEqualTo(1);
        assertThat(call(get("/api/v1/surveys/" + id + "/results?revision=9"), a, a.hrAdmin(), null).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheSurveysApi() throws Exception {
        String openApi = call(get("/api/openapi.json"), a, a.employee(), null).getContentAsString();
        assertThat(openApi).contains("/api/v1/surveys/{id}/answers", "/api/v1/surveys/{id}/results",
                "/api/v1/surveys/{id}/questions",
                "/api/v1/surveys/mine", "Surveys");
    }
}
