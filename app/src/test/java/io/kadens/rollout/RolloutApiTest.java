package io.kadens.rollout;

import static io.kadens.support.TestTenants.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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

/** The rollout REST API, and the feature gate on the piloted features' REST paths while a pilot runs. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    RolloutTestData data;

    Company a;
    Company b;
    RolloutTestData.Seeded seededB;

    @BeforeAll
    void companies() {
        a = tenants.create("rapia");
        b = tenants.create("rapib");
        data.seed(a);
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

    @Test
    void hrAdminsKeepPilotGroupsOverRestWithOptimisticLocking() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/rollout/groups"), a, a.hrAdmin(), """
                {"name": "Finance pilot", "departmentKind": "FINANCE", "features": ["CHECK_INS"],
                 "departmentIds": ["%s"], "championIds": ["%s"]}""".formatted(a.supportId(), a.hrAdmin().id()));
        assertThat(created.getStatus()).isEqualTo(201);
        String id = json(created).get("id").asString();

        JsonNode plan = json(call(get("/api/v1/rollout"), a, a.hrAdmin(), null));
        assertThat(plan.get("currentPhase").asString()).isEqualTo("PILOT");
        assertThat(plan.get("groups").toString()).contains("Finance pilot");
        assertThat(plan.get("warnings").toString()).contains("TOO_SMALL").doesNotContain("SINGLE_GROUP");

        String change = """
                {"name": "Finance pilot", "departmentKind": "FINANCE", "features": ["CHECK_INS", "ONE_ON_ONES"],
                 "departmentIds": ["%s"], "version": 0}""".formatted(a.supportId());
        assertThat(call(put("/api/v1/rollout/groups/" + id), a, a.hrAdmin(), change).getStatus()).isEqualTo(204);
        MockHttpServletResponse stale = call(put("/api/v1/rollout/groups/" + id), a, a.hrAdmin(), change);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse bad = call(post("/api/v1/rollout/groups"), a, a.hrAdmin(), "{\"name\": \"\"}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Give the group a name");

        assertThat(call(delete("/api/v1/rollout/groups/" + id), a, a.hrAdmin(), null).getStatus()).isEqualTo(204);
        assertThat(call(delete("/api/v1/rollout/groups/" + id), a, a.hrAdmin(), null).getStatus()).isEqualTo(404);
    }

    @Test
    void peopleOutsideThePilotGetAProblemFromPilotedFeaturesAndTheRestWorksAsBefore() throws Exception {
        // The HR admin works in Support, outside the group that pilots goals and feedback.
        MockHttpServletResponse refused = call(get("/api/v1/goals/mine"), a, a.hrAdmin(), null);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(json(refused).get("detail").asString()).contains("Goals is being piloted");
        assertThat(json(refused).get("feature").asString()).isEqualTo("GOALS");

        MockHttpServletResponse swedish = mvc.perform(get("/api/v1/feedback/received").header("Accept-Language", "sv")
                .with(authentication(as(a, a.hrAdmin())))).andReturn().getResponse();
        assertThat(swedish.getStatus()).isEqualTo(403);
        assertThat(json(swedish).get("detail").asString()).contains("Återkoppling pilottestas");

        assertThat(call(get("/api/v1/goals/mine"), a, a.employee(), null).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/check-ins/mine"), a, a.hrAdmin(), null).getStatus()).isEqualTo(200);

        JsonNode mine = json(call(get("/api/v1/rollout/features/mine"), a, a.hrAdmin(), null));
        assertThat(mine.get("pilotRunning").asBoolean()).isTrue();
        assertThat(mine.get("enabled").toString()).contains("CHECK_INS").doesNotContain("GOALS");
    }

    @Test
    void onlyHrAdminsReadThePlanAndEveryoneReadsTheirContacts() throws Exception {
        assertThat(call(get("/api/v1/rollout"), a, a.employee(), null).getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/rollout/milestones"), a, a.manager(), """
                {"phase": "PILOT", "title": "x", "dueOn": "2026-12-24"}""").getStatus()).isEqualTo(403);
        JsonNode contacts = json(call(get("/api/v1/rollout/contacts"), a, a.employee(), null));
        assertThat(contacts.get("contactPersonId").asString()).isEqualTo(a.hrAdmin().id().toString());
        assertThat(contacts.get("champions").toString()).contains(a.manager().id().toString());
    }

    @Test
    void anotherTenantsGroupsAndMilestonesAreUnknown() throws Exception {
        String change = """
                {"name": "Taken over", "departmentKind": "OTHER", "personIds": ["%s"], "version": 0}"""
                .formatted(a.employee().id());
        assertThat(call(put("/api/v1/rollout/groups/" + seededB.group()), a, a.hrAdmin(), change).getStatus())
                .isEqualTo(404);
        assertThat(call(delete("/api/v1/rollout/groups/" + seededB.group()), a, a.hrAdmin(), null).getStatus())
                .isEqualTo(404);
        assertThat(call(put("/api/v1/rollout/milestones/" + seededB.milestone()), a, a.hrAdmin(), """
                {"phase": "PILOT", "title": "x", "dueOn": "2026-12-24", "done": false, "version": 0}""").getStatus())
                .isEqualTo(404);
        assertThat(call(delete("/api/v1/rollout/milestones/" + seededB.milestone()), a, a.hrAdmin(), null).getStatus())
                .isEqualTo(404);
        assertThat(call(put("/api/v1/rollout/contact"), a, a.hrAdmin(), """
                {"personId": "%s", "version": 2}""".formatted(b.employee().id())).getStatus()).isEqualTo(404);
        assertThat(json(call(get("/api/v1/rollout"), b, b.hrAdmin(), null)).get("groups").toString())
                .contains(seededB.group().toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheRolloutApi() throws Exception {
        String openApi = call(get("/api/openapi.json"), a, a.employee(), null).getContentAsString();
        assertThat(openApi).contains("/api/v1/rollout/groups/{id}", "/api/v1/rollout/phases",
                "/api/v1/rollout/features/mine", "Rollout");
    }
}
