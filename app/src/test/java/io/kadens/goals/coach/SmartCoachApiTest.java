package io.kadens.goals.coach;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.ai.AiMode;
import io.kadens.ai.SourceTypes;
import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.knowledge.KnowledgeFixtures;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both coach endpoints as a script calls them: with a personal access token, real embeddings and database. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmartCoachApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    KnowledgeFixtures fixtures;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    TenantSettingsService settings;

    Company a;
    Company off;
    String token;
    String offToken;
    UUID promise;

    @BeforeAll
    void setUp() {
        a = tenants.create("coachapi");
        off = tenants.create("coachoff");
        // An uploaded document, indexed by the content library as HR's uploads are.
        promise = fixtures.upload(a, "service-promise.md", "# Our service promise\n\n"
                + "Customer satisfaction: our service promise is a CSAT of at least 85% in every region.");
        token = signedIn(TestTenants.as(a, a.employee()), () -> apiTokens.create("coach script", TokenExpiry.DAYS_30))
                .token();
        offToken = signedIn(TestTenants.as(off, off.employee()), () -> apiTokens.create("coach", TokenExpiry.DAYS_30))
                .token();
        signedIn(TestTenants.as(off, off.hrAdmin()), () -> {
            TenantSettings current = settings.current();
            return settings.update(new TenantSettings(current.name(), current.locale(), current.timeZone(),
                    current.fiscalYearStartMonth(), current.defaultCadence(), current.ratingLabels(),
                    current.anonymityThreshold(), current.departmentGoalSetters(), current.teamGoalSetters(),
                    current.individualGoalsNeedApproval(), AiMode.OFF, current.version()));
        });
    }

    private MockHttpServletResponse call(String path, String bearer, String json) throws Exception {
        return mvc.perform(post("/api/v1/ai/" + path).header("Authorization", "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    @Test
    void aVagueGoalGetsTheChecklistWithReasonsInItsLanguage() throws Exception {
        MockHttpServletResponse en = call("smart-check", token, "{\"text\": \"Improve customer satisfaction\"}");
        assertThat(en.getStatus()).isEqualTo(200);
        JsonNode body = json(en);
        assertThat(body.path("language").asString()).isEqualTo("en");
        assertThat(body.path("criteria").propertyNames()).containsExactly("specific", "measurable", "achievable",
                "relevant", "timeBound");
        assertThat(body.path("criteria").path("measurable").path("pass").asBoolean()).isFalse();
        assertThat(body.path("criteria").path("achievable").path("pass").asBoolean()).isTrue();
        assertThat(body.path("criteria").path("timeBound").path("reason").asString())
                .isEqualTo("No deadline: add a date or a period.");

        JsonNode sv = json(call("smart-check", token,
                "{\"text\": \"Minska ledtiden för kundärenden till två dagar före årsskiftet\"}"));
        assertThat(sv.path("language").asString()).isEqualTo("sv");
        assertThat(sv.path("criteria").path("timeBound").path("reason").asString())
                .isEqualTo("Har en tidsgräns: ”före årsskiftet”.");
        // A given language wins over detection.
        assertThat(json(call("smart-check", token, "{\"text\": \"Grow sales\", \"language\": \"sv\"}"))
                .path("criteria").path("specific").path("reason").asString()).startsWith("För kort");
    }

    @Test
    void aPeriodEndOutsideTheTextIsNamedInTheReasonInTheLocalesFormat() throws Exception {
        JsonNode body = json(call("smart-check", token,
                "{\"text\": \"Öka kundnöjdheten till 80 %\", \"periodEnd\": \"2027-06-30\"}"));
        assertThat(body.path("criteria").path("timeBound").path("reason").asString())
                .isEqualTo("Ingen tidsgräns i texten: perioden slutar 30 juni 2027.");
    }

    @Test
    void suggestionsFillTheMetricFromAnUploadedDocumentAndTheDeadlineFromThePeriodCitingTheDocument() throws Exception {
        MockHttpServletResponse response = call("smart-suggestions", token,
                "{\"text\": \"Improve customer satisfaction\", \"periodEnd\": \"2027-06-30\"}");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("mode").asString()).isEqualTo("OFFLINE");
        JsonNode suggestions = body.path("suggestions");
        assertThat(suggestions.size()).isBetween(1, 3);
        JsonNode best = suggestions.get(0);
        assertThat(best.path("text").asString()).contains("85%").contains("by 30 June 2027");
        assertThat(best.path("score").asInt()).isEqualTo(5);
        assertThat(best.path("criteria").path("criteria").path("measurable").path("pass").asBoolean()).isTrue();
        JsonNode citation = best.path("citations").get(0);
        assertThat(citation.path("type").asString()).isEqualTo(SourceTypes.COMPANY_CONTENT);
        assertThat(citation.path("id").asString()).isEqualTo(promise.toString());
        assertThat(citation.path("title").asString()).isEqualTo("Our service promise");
        assertThat(citation.path("link").asString()).isEqualTo("api/v1/content/documents/" + promise + "/file");
        // The original scores 2 of 5: nothing shown scores less.
        int original = (int) json(call("smart-check", token, "{\"text\": \"Improve customer satisfaction\"}"))
                .path("criteria").valueStream().filter(c -> c.path("pass").asBoolean()).count();
        for (JsonNode suggestion : suggestions) {
            assertThat(suggestion.path("score").asInt()).isGreaterThanOrEqualTo(original);
        }
    }

    @Test
    void aTenantWithAiSwitchedOffGetsNoSuggestionsAndSaysSoButStillTheChecklist() throws Exception {
        JsonNode body = json(call("smart-suggestions", offToken, "{\"text\": \"Improve customer satisfaction\"}"));
        assertThat(body.path("mode").asString()).isEqualTo("OFF");
        assertThat(body.path("suggestions").size()).isZero();
        assertThat(body.path("message").asString()).isEqualTo("AI is switched off for your organisation, so no "
                + "suggestions are made.");
        assertThat(call("smart-check", offToken, "{\"text\": \"Improve customer satisfaction\"}").getStatus())
                .isEqualTo(200);
    }

    @Test
    void badInputGetsAMessageAtTheField() throws Exception {
        MockHttpServletResponse language = call("smart-check", token, "{\"text\": \"Grow sales\", \"language\": \"de\"}");
        assertThat(language.getStatus()).isEqualTo(400);
        assertThat(language.getContentAsString()).contains("\"field\":\"language\"", "The language must be en or sv.");
        MockHttpServletResponse longText = call("smart-suggestions", token,
                "{\"text\": \"" + "x".repeat(1001) + "\"}");
        assertThat(longText.getStatus()).isEqualTo(400);
        assertThat(longText.getContentAsString()).contains("\"field\":\"text\"");
    }

    @Test
    void withoutCredentialsBothAnswer401() throws Exception {
        for (String path : List.of("smart-check", "smart-suggestions")) {
            assertThat(mvc.perform(post("/api/v1/ai/" + path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\": \"x\"}")).andReturn().getResponse().getStatus()).isEqualTo(401);
        }
    }
}
