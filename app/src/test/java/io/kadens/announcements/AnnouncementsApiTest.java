package io.kadens.announcements;

import static io.kadens.support.TestTenants.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

/** The announcements REST API: HR posts, people read and dismiss theirs, bad input is problem+json in their language. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;

    Company a;

    @BeforeAll
    void company() {
        a = tenants.create("annapi");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person person, String body)
            throws Exception {
        request.with(authentication(as(a, person))).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void hrPostsToADepartmentItsPeopleReadAndDismissIt() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/announcements"), a.hrAdmin(), """
                {"titleEn": "New CRM", "bodyEn": "From Monday.", "titleSv": "Nytt CRM", "bodySv": "Från måndag.",
                 "audience": "DEPARTMENT", "audienceId": "%s", "alsoNotify": false}""".formatted(a.salesId()));
        assertThat(created.getStatus()).isEqualTo(201);
        String id = json(created).get("id").asString();

        JsonNode mine = json(call(get("/api/v1/announcements/mine"), a.employee(), null));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("id").asString()).isEqualTo(id);
        assertThat(call(post("/api/v1/announcements/" + id + "/dismiss"), a.employee(), "{}").getStatus()).isEqualTo(204);
        assertThat(json(call(get("/api/v1/announcements/mine"), a.employee(), null))).isEmpty();
        assertThat(call(get("/api/v1/announcements"), a.employee(), null).getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/announcements/" + id + "/withdraw"), a.hrAdmin(), "{\"version\": 0}").getStatus())
                .isEqualTo(200);
        assertThat(call(post("/api/v1/announcements/" + id + "/withdraw"), a.hrAdmin(), "{\"version\": 0}").getStatus())
                .isEqualTo(409);
    }

    @Test
    void badInputAnswersProblemJsonNamingTheField() throws Exception {
        MockHttpServletResponse refused = call(post("/api/v1/announcements").header("Accept-Language", "sv"),
                a.hrAdmin(), "{\"titleEn\": \"Only a title\", \"audience\": \"EVERYONE\", \"alsoNotify\": false}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("bodyEn");
    }

    @Test
    void theOpenApiDocumentDescribesTheAnnouncementsApi() throws Exception {
        String openApi = call(get("/api/openapi.json"), a.employee(), null).getContentAsString();
        assertThat(openApi).contains("/api/v1/announcements/mine", "/api/v1/announcements/{id}/dismiss",
                "/api/v1/announcements/{id}/withdraw", "Announcements");
    }
}
