package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The goals REST API end to end with a personal access token: no session, no CSRF token, the user's rights. */
@KadensSpringTest
class GoalsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    GoalAdministration administration;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String body)
            throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void aGoalRoundTripWithAPersonalAccessToken() throws Exception {
        Company c = tenants.create("goalapi");
        UUID cycle = signedIn(as(c, c.hrAdmin()), () -> administration.createCycle(new GoalCycleData("Now",
                CycleKind.QUARTER, TestTenants.today().minusDays(30), TestTenants.today().plusDays(60), false)));
        String token = signedIn(as(c, c.employee()), () -> apiTokens.create("goals", TokenExpiry.DAYS_30).token());

        MockHttpServletResponse created = call(post("/api/v1/goals"), token, """
                {"title": "Ship the importer", "description": "CSV and Excel", "level": "INDIVIDUAL",
                 "visibility": "TENANT", "kind": "BUSINESS", "cycleId": "%s"}""".formatted(cycle));
        assertThat(created.getStatus()).isEqualTo(201);
        String goal = json(created).get("id").asString();

        MockHttpServletResponse badKeyResult = call(post("/api/v1/goals/" + goal + "/key-results"), token, """
                {"title": "Coverage", "type": "PERCENTAGE", "startValue": 50, "targetValue": 150}""");
        assertThat(badKeyResult.getStatus()).isEqualTo(400);
        assertThat(json(badKeyResult).get("errors").get(0).get("field").asString()).isEqualTo("targetValue");
        assertThat(json(badKeyResult).get("errors").get(0).get("code").asString())
                .isEqualTo("goals.keyresult.percentage.range");

        MockHttpServletResponse keyResult = call(post("/api/v1/goals/" + goal + "/key-results"), token, """
                {"title": "Customers importing", "type": "NUMERIC", "startValue": 0, "targetValue": 40, "unit": "customers"}""");
        assertThat(keyResult.getStatus()).isEqualTo(201);
        String kr = json(keyResult).get("id").asString();

        assertThat(call(put("/api/v1/goals/" + goal + "/status"), token, "{\"version\": 0, \"status\": \"ACTIVE\"}")
                .getStatus()).isEqualTo(200);
        assertThat(call(post("/api/v1/goals/" + goal + "/check-ins"), token, """
                {"keyResultId": "%s", "value": 10, "confidence": 8, "comment": "First customers in"}""".formatted(kr))
                .getStatus()).isEqualTo(201);

        JsonNode detail = json(call(get("/api/v1/goals/" + goal), token, null));
        assertThat(detail.get("summary").get("title").asString()).isEqualTo("Ship the importer");
        assertThat(detail.get("summary").get("progress").asDouble()).isEqualTo(0.25);
        assertThat(detail.get("keyResults").get(0).get("currentValue").asDouble()).isEqualTo(10);
        assertThat(detail.get("mayEdit").asBoolean()).isTrue();
        JsonNode history = json(call(get("/api/v1/goals/" + goal + "/check-ins"), token, null));
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("confidence").asInt()).isEqualTo(8);

        String update = """
                {"version": %d, "goal": {"title": "Ship the importer to everyone", "level": "INDIVIDUAL",
                 "visibility": "TENANT", "kind": "BUSINESS", "cycleId": "%s"}}""";
        assertThat(call(put("/api/v1/goals/" + goal), token, update.formatted(1, cycle)).getStatus()).isEqualTo(200);
        assertThat(call(put("/api/v1/goals/" + goal), token, update.formatted(1, cycle)).getStatus()).isEqualTo(409);

        assertThat(call(get("/api/v1/goals/mine"), token, null).getContentAsString())
                .contains("Ship the importer to everyone");
        assertThat(call(get("/api/v1/goals/tree?q=importer"), token, null).getContentAsString()).contains(goal);
        assertThat(call(get("/api/v1/goals/cycles"), token, null).getContentAsString()).contains(cycle.toString());
        assertThat(call(get("/api/v1/goals/" + UUID.randomUUID()), token, null).getStatus()).isEqualTo(404);
        // An employee's token carries an employee's rights.
        assertThat(call(post("/api/v1/goals/cycles"), token, """
                {"name": "Mine", "kind": "QUARTER", "startsOn": "2026-01-01", "endsOn": "2026-03-31", "closed": false}""").getStatus())
                .isEqualTo(403);
        assertThat(call(post("/api/v1/goals"), token, """
                {"title": "Company", "level": "COMPANY", "visibility": "TENANT", "kind": "BUSINESS", "cycleId": "%s"}"""
                .formatted(cycle)).getContentAsString()).contains("goals.policy.company");
    }

    @Test
    void theApiIsDocumented() throws Exception {
        Company c = tenants.create("goaldoc");
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(TestTenants.as(c, c.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/goals/{id}/check-ins", "/api/v1/goals/tree", "Goals");
    }
}
