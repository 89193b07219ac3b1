package io.kadens.reviews;

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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review template endpoints: HR admins only, problem+json for bad input and stale edits, other tenants' ids unknown. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewTemplateApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ReviewsTestData data;

    Company a;
    Company b;
    ReviewsTestData.Seeded aSeeds;
    ReviewsTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("rtapia");
        b = tenants.create("rtapib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .header("Accept-Language", "sv").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    private static final String DRAFT = """
            {"nameEn": "Quarterly", "nameSv": "Kvartal", "sections": [{"titleEn": "Results", "titleSv": "Resultat",
              "questions": [{"kind": "RATING", "textEn": "Overall", "textSv": "Sammantaget",
                             "forms": ["SELF", "MANAGER"], "required": true}]}]}""";

    @Test
    void hrAdminsCreateReadAndVersionTemplates() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/review-templates"), a.hrAdmin(), DRAFT);
        assertThat(created.getStatus()).isEqualTo(201);
        String id = created.getContentAsString().replaceAll(".*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(call(get("/api/v1/review-templates/" + id), a.hrAdmin(), "").getContentAsString())
                .contains("\"nameSv\":\"Kvartal\"", "\"number\":1");
        MockHttpServletResponse saved = call(put("/api/v1/review-templates/" + id), a.hrAdmin(),
                DRAFT.replace("Quarterly", "Quarterly review").replace("\"sections\"", "\"version\": 0, \"sections\""));
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("\"number\":2", "Quarterly review");
        // a second save from version 0 is stale: 409 in the caller's language, nothing written
        MockHttpServletResponse stale = call(put("/api/v1/review-templates/" + id), a.hrAdmin(),
                DRAFT.replace("\"sections\"", "\"version\": 0, \"sections\""));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).contains("application/problem+json");
        assertThat(call(get("/api/v1/review-templates/" + id + "/versions"), a.hrAdmin(), "").getContentAsString())
                .contains("\"number\":2", "\"number\":1").doesNotContain("\"number\":3");
        assertThat(call(get("/api/v1/review-templates/" + id + "/versions/1"), a.hrAdmin(), "").getContentAsString())
                .contains("\"nameEn\":\"Quarterly\"");
        assertThat(call(get("/api/v1/review-templates/starter"), a.hrAdmin(), "").getContentAsString())
                .contains("Medarbetarsamtal", "LEADERSHIP");
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        MockHttpServletResponse refused = call(post("/api/v1/review-templates"), a.hrAdmin(),
                DRAFT.replace("\"Kvartal\"", "\"\"").replace("\"SELF\", \"MANAGER\"", "\"UPWARD\""));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"field\":\"nameSv\"",
                "\"field\":\"sections[0].questions[0].forms\"", "Ange ett namn.");
        assertThat(call(put("/api/v1/review-templates/" + aSeeds.template()), a.hrAdmin(), DRAFT).getStatus())
                .isEqualTo(400);
    }

    @Test
    void peopleWhoAreNotHrAdminsAreRefused() throws Exception {
        for (Person person : List.of(a.employee(), a.manager(), a.ceo())) {
            assertThat(call(get("/api/v1/review-templates"), person, "").getStatus()).isEqualTo(403);
            assertThat(call(get("/api/v1/review-templates/" + aSeeds.template()), person, "").getStatus()).isEqualTo(403);
            assertThat(call(post("/api/v1/review-templates"), person, DRAFT).getStatus()).isEqualTo(403);
        }
    }

    @Test
    void anotherTenantsTemplateIsUnknown() throws Exception {
        String missing = "/api/v1/review-templates/00000000-0000-0000-0000-000000000000";
        for (String url : List.of("/api/v1/review-templates/" + bSeeds.template(),
                "/api/v1/review-templates/" + bSeeds.template() + "/versions",
                "/api/v1/review-templates/" + bSeeds.template() + "/versions/1")) {
            MockHttpServletResponse foreign = call(get(url), a.hrAdmin(), "");
            assertThat(foreign.getStatus()).isEqualTo(404);
            assertThat(foreign.getContentAsString()).doesNotContain(b.slug());
        }
        assertThat(call(get(missing), a.hrAdmin(), "").getStatus()).isEqualTo(404);
        MockHttpServletResponse archive = call(post("/api/v1/review-templates/" + bSeeds.template() + "/archive"),
                a.hrAdmin(), "{\"version\": 0}");
        assertThat(archive.getStatus()).isEqualTo(404);
        MockHttpServletResponse save = call(put("/api/v1/review-templates/" + bSeeds.template()), a.hrAdmin(),
                DRAFT.replace("\"sections\"", "\"version\": 0, \"sections\""));
        assertThat(save.getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/review-templates"), a.hrAdmin(), "").getContentAsString())
                .contains("Template of " + a.slug()).doesNotContain(b.slug());
        // B's template is untouched
        assertThat(TestTenants.signedIn(TestTenants.as(b, b.hrAdmin()), () -> templatesOfB()))
                .isEqualTo(1);
    }

    @Autowired
    ReviewTemplates templates;

    private int templatesOfB() {
        ReviewTemplate template = templates.template(bSeeds.template()).orElseThrow();
        assertThat(template.archived()).isFalse();
        return template.current().number();
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/review-templates/{id}/versions/{number}", "Review templates");
    }
}
