package io.kadens.feedbacksummary;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.NewFeedback;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
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

/** POST /api/v1/ai/feedback-summary with personal access tokens: themes with citations, coverage, caveats, mode. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackSummaryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    Feedback feedback;
    @Autowired
    TestTenants tenants;

    Company c;
    Company other;

    @BeforeAll
    void feedbackThread() {
        c = tenants.create("sumapi");
        other = tenants.create("sumapiother");
        give(c.manager(), "Your customer presentations are clear and convincing.");
        give(c.teamLead(), "Great customer presentation at the workshop, very clear and engaging.");
        give(c.member(), "The weekly status reports often arrive late and are confusing.");
        give(c.hrAdmin(), "Status reports are unclear and come too late for planning.");
    }

    private void give(Person from, String text) {
        signedIn(as(c, from), () -> feedback.give(new NewFeedback(c.employee().id(), text, null, null, null, false)));
    }

    private String token(Person person) {
        return signedIn(as(c, person), () -> apiTokens.create("summary script", TokenExpiry.NEVER).token());
    }

    private MockHttpServletResponse ask(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/ai/feedback-summary").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void aManagersTokenGetsThemesWithCitationsCoverageCaveatsAndMode() throws Exception {
        MockHttpServletResponse response = ask(token(c.manager()),
                "{\"employeeId\": \"" + c.employee().id() + "\"}");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.path("mode").asString()).isEqualTo("OFFLINE");
        assertThat(body.path("fallbackReason").isNull()).isTrue();
        assertThat(body.path("coverage").path("items").asInt()).isEqualTo(4);
        assertThat(body.path("coverage").path("bySource").path("PEER").asInt()).isEqualTo(3);
        assertThat(body.path("coverage").path("bySource").path("MANAGER").asInt()).isEqualTo(1);
        assertThat(body.path("caveats").findValuesAsString("kind")).contains("TOO_FEW_ITEMS");
        JsonNode themes = body.path("themes");
        assertThat(themes.size()).isPositive();
        for (JsonNode theme : themes) {
            assertThat(theme.path("name").asString()).isNotBlank();
            assertThat(theme.path("polarity").asString()).isIn("STRENGTH", "GROWTH_AREA");
            assertThat(theme.path("summary").get(0).path("text").asString()).isNotBlank();
            for (JsonNode quote : theme.path("quotes")) {
                UUID cited = UUID.fromString(quote.path("citation").path("feedbackId").asString());
                assertThat(signedIn(as(c, c.manager()), () -> feedback.find(cited))).isPresent();
            }
        }
        // No author is named in the answer.
        assertThat(response.getContentAsString()).doesNotContain(c.teamLead().familyName(), c.member().familyName(),
                c.hrAdmin().familyName());
    }

    @Test
    void colleaguesOtherTenantsAndUnknownIdsAreNotFoundAndBadPeriodsAreRefusedAtTheField() throws Exception {
        assertThat(ask(token(c.member()), "{\"employeeId\": \"" + c.employee().id() + "\"}").getStatus()).isEqualTo(404);
        assertThat(ask(token(c.manager()), "{\"employeeId\": \"" + other.employee().id() + "\"}").getStatus()).isEqualTo(404);
        assertThat(ask(token(c.hrAdmin()), "{\"employeeId\": \"" + UUID.randomUUID() + "\"}").getStatus()).isEqualTo(404);

        MockHttpServletResponse backwards = ask(token(c.employee()), "{\"employeeId\": \"" + c.employee().id()
                + "\", \"from\": \"2026-06-01\", \"to\": \"2026-05-01\"}");
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(backwards.getContentAsString()).contains("summary.period.order");
        MockHttpServletResponse nobody = ask(token(c.employee()), "{}");
        assertThat(nobody.getStatus()).isEqualTo(400);
        assertThat(nobody.getContentAsString()).contains("summary.employee.required");
    }

    @Test
    void withoutSignInItIs401AndASessionNeedsCsrf() throws Exception {
        assertThat(mvc.perform(post("/api/v1/ai/feedback-summary").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"employeeId\": \"" + c.employee().id() + "\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/ai/feedback-summary").with(authentication(as(c, c.employee())))
                .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": \"" + c.employee().id() + "\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
