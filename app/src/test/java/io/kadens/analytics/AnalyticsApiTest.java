package io.kadens.analytics;

import static io.kadens.support.TestTenants.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Analytics over REST: the pages' access rules, personal access tokens, CSV, problem+json, the OpenAPI document. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    AnalyticsTestData data;
    @Autowired
    ApiTokens apiTokens;

    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("anapi");
        data.seed(c);
    }

    private MockHttpServletResponse call(String url, Person person) throws Exception {
        return mvc.perform(get(url).with(authentication(as(c, person)))).andReturn().getResponse();
    }

    @Test
    void hrAdminsAndManagersReadPagesOthersGet403() throws Exception {
        JsonNode sections = JSON.readTree(call("/api/v1/analytics", c.hrAdmin()).getContentAsString());
        assertThat(sections.toString()).contains("\"goals\"", "\"one-on-ones\"", "\"feedback\"", "\"reviews\"",
                "\"training\"", "\"competencies\"", "\"pilot\"");
        MockHttpServletResponse pilot = call("/api/v1/analytics/pilot", c.hrAdmin());
        assertThat(pilot.getStatus()).isEqualTo(200);
        JsonNode page = JSON.readTree(pilot.getContentAsString());
        assertThat(page.get("threshold").asInt()).isEqualTo(3);
        assertThat(page.get("charts").get(0).get("rows").get(0).get("people").asInt()).isEqualTo(5);
        assertThat(call("/api/v1/analytics/feedback", c.manager()).getStatus()).isEqualTo(200);
        for (Person refused : java.util.List.of(c.employee(), c.member())) {
            MockHttpServletResponse response = call("/api/v1/analytics/feedback", refused);
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
        assertThat(mvc.perform(get("/api/v1/analytics/goals").with(authentication(TestTenants.operator())))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void personalAccessTokensFollowTheirOwnersRules() throws Exception {
        String hr = TestTenants.signedIn(as(c, c.hrAdmin()), () -> apiTokens.create("analytics", TokenExpiry.NEVER).token());
        String employee = TestTenants.signedIn(as(c, c.employee()),
                () -> apiTokens.create("analytics", TokenExpiry.NEVER).token());
        assertThat(mvc.perform(get("/api/v1/analytics/pilot").header("Authorization", "Bearer " + hr))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/analytics/pilot").header("Authorization", "Bearer " + employee))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aChartDownloadsAsCsvAndABadPeriodIsRefusedInTheCallersLanguage() throws Exception {
        MockHttpServletResponse csv = call("/api/v1/analytics/feedback/sources.csv", c.hrAdmin());
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "kadens-analytics-feedback-sources");
        assertThat(csv.getContentAsString()).startsWith("Group,People,From managers");
        MockHttpServletResponse bad = mvc.perform(get("/api/v1/analytics/goals?from=2026-05&to=2026-01")
                .header("Accept-Language", "sv").with(authentication(as(c, c.hrAdmin())))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("Sista månaden kommer före den första");
        assertThat(call("/api/v1/analytics/nothing", c.hrAdmin()).getStatus()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheAnalyticsApi() throws Exception {
        String openApi = call("/api/openapi.json", c.employee()).getContentAsString();
        assertThat(openApi).contains("/api/v1/analytics/{section}", "/api/v1/analytics/{section}/{chart}.csv", "Analytics");
    }
}
