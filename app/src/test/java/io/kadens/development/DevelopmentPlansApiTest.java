package io.kadens.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Plans over HTTP: hidden plans answer like missing ones, refusals are problem details, tokens work. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentPlansApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    DevelopmentTestData data;
    @Autowired
    ApiTokens apiTokens;

    Company a;
    DevelopmentTestData.Seeded seeded;

    @BeforeAll
    void company() {
        a = tenants.create("dvapi");
        seeded = data.seed(a);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, TestTenants.Person person) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(TestTenants.as(a, person)))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aPlanOutsideOnesLineAnswersLikeAPlanThatDoesNotExist() throws Exception {
        MockHttpServletResponse own = call(get("/api/v1/development-plans"), a.employee());
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("Chair three team meetings of " + a.slug(), "\"status\":\"APPROVED\"");
        assertThat(call(get("/api/v1/development-plans?personId=" + a.employee().id()), a.manager()).getStatus())
                .isEqualTo(200);
        MockHttpServletResponse hidden = call(get("/api/v1/development-plans/" + seeded.plan()), a.teamLead());
        MockHttpServletResponse missing = call(get("/api/v1/development-plans/" + UUID.randomUUID()), a.teamLead());
        assertThat(hidden.getStatus()).isEqualTo(404).isEqualTo(missing.getStatus());
        assertThat(hidden.getContentType()).startsWith("application/problem+json");
        assertThat(hidden.getContentAsString()).doesNotContain(a.slug());
        assertThat(call(get("/api/v1/development-plans?personId=" + a.employee().id()), a.member()).getStatus())
                .isEqualTo(404);
    }

    @Test
    void createEditSubmitApproveAndProgressOverRest() throws Exception {
        LocalDate today = TestTenants.today();
        MockHttpServletResponse refused = call(json(post("/api/v1/development-plans"),
                "{\"periodStart\":\"" + today + "\",\"periodEnd\":\"" + today.minusDays(1) + "\"}"), a.member());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("periodEnd");
        MockHttpServletResponse created = call(json(post("/api/v1/development-plans"),
                "{\"periodStart\":\"" + today + "\",\"periodEnd\":\"" + today.plusMonths(6) + "\"}"), a.member());
        assertThat(created.getStatus()).isEqualTo(201);
        String id = created.getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String objective = "{\"title\":\"%s\",\"source\":\"COMPETENCY_GAP\",\"competencyId\":\"" + seeded.coreCompetency()
                + "\",\"dueOn\":\"" + today.plusMonths(2) + "\",\"actions\":[{\"kind\":\"STRETCH\",\"title\":\"Do it\","
                + "\"dueOn\":\"" + today.plusDays(5) + "\"}]}";
        String body = "{\"version\":0,\"objectives\":[" + objective.formatted("Write two notes by " + today.plusMonths(2))
                + "," + objective.formatted("Lead one retro by " + today.plusMonths(2)) + "]}";
        MockHttpServletResponse edited = call(json(put("/api/v1/development-plans/" + id), body), a.member());
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(edited.getContentAsString()).contains("\"version\":1", "Lead one retro");
        MockHttpServletResponse stale = call(json(put("/api/v1/development-plans/" + id), body), a.member());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(call(json(post("/api/v1/development-plans/" + id + "/submit"), "{\"version\":1}"), a.member())
                .getStatus()).isEqualTo(200);
        assertThat(call(json(post("/api/v1/development-plans/" + id + "/approve"), "{\"version\":2}"), a.member())
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse approved = call(json(post("/api/v1/development-plans/" + id + "/approve"),
                "{\"version\":2,\"comment\":\"Go\"}"), a.manager());
        assertThat(approved.getStatus()).isEqualTo(200);
        assertThat(approved.getContentAsString()).contains("\"status\":\"APPROVED\"");

        // Progress with a personal access token of the member.
        String token = TestTenants.signedIn(TestTenants.as(a, a.member()),
                () -> apiTokens.create("plans", TokenExpiry.NEVER).token());
        String actionId = approved.getContentAsString().replaceAll("(?s).*\"actions\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        MockHttpServletResponse progress = mvc.perform(json(post("/api/v1/development-plans/" + id + "/progress"),
                "{\"version\":3,\"actionId\":\"" + actionId + "\",\"actionStatus\":\"DONE\"}")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(progress.getStatus()).isEqualTo(200);
        assertThat(progress.getContentAsString()).contains("\"progressPercent\":50");
    }

    @Test
    void hrSeesDepartmentsAndTheOpenApiDocumentHasThePlans() throws Exception {
        assertThat(call(get("/api/v1/development-plans/departments"), a.hrAdmin()).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/development-plans/departments"), a.employee()).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/development-plans/mentors"), a.employee()).getContentAsString())
                .contains(a.teamLead().id().toString());
        String openApi = call(get("/api/openapi.json"), a.employee()).getContentAsString();
        assertThat(openApi).contains("/api/v1/development-plans", "/api/v1/development-plans/{id}/approve",
                "/api/v1/development-plans/{id}/progress");
    }
}
