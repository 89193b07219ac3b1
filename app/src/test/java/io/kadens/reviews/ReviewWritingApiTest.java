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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review writing endpoints: tasks, the form, If-Match on drafts, submit refusals, checks, other tenants unknown. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWritingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ReviewWritingTestData data;

    Company a;
    Company b;
    ReviewWritingTestData.Seeded aSeeds;
    ReviewWritingTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("rwapia");
        b = tenants.create("rwapib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        request = request.with(authentication(TestTenants.as(a, as))).with(csrf()).header("Accept-Language", "sv");
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static final String OVERALL = ReviewWritingTest.OVERALL.toString();

    @Test
    void theWriterListsTasksReadsTheFormAndSavesWithIfMatch() throws Exception {
        MockHttpServletResponse tasks = call(get("/api/v1/reviews"), a.employee(), null);
        assertThat(tasks.getStatus()).isEqualTo(200);
        assertThat(tasks.getContentAsString()).contains(aSeeds.selfReview().toString(), "\"deadline\"");

        String url = "/api/v1/reviews/" + aSeeds.selfReview();
        MockHttpServletResponse form = call(get(url), a.employee(), null);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(form.getContentAsString()).contains("\"questions\"", "Draft of " + a.slug());

        String answers = "{\"answers\": [{\"questionId\": \"" + OVERALL + "\", \"rating\": 4}]}";
        MockHttpServletResponse saved = call(put(url + "/draft").header("If-Match", "\"1\""), a.employee(), answers);
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(saved.getContentAsString()).contains("\"overallRating\":4");

        // the second tab, still on version 1, is told
        MockHttpServletResponse stale = call(put(url + "/draft").header("If-Match", "\"1\""), a.employee(), answers);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");

        // without a version: a problem in the caller's language
        MockHttpServletResponse noVersion = call(put(url + "/draft"), a.employee(), answers);
        assertThat(noVersion.getStatus()).isEqualTo(400);
        assertThat(noVersion.getContentAsString()).contains("versionen");

        // submitting an incomplete review: 400 naming the questions, nothing submitted
        MockHttpServletResponse incomplete = call(post(url + "/submit"), a.employee(), "{\"answers\": [], \"version\": 2}");
        assertThat(incomplete.getStatus()).isEqualTo(400);
        assertThat(incomplete.getContentType()).startsWith("application/problem+json");
        assertThat(call(get(url), a.employee(), null).getContentAsString()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void checksAndEvidenceAreTheWritersOnly() throws Exception {
        String url = "/api/v1/reviews/" + aSeeds.managerReview();
        MockHttpServletResponse checks = call(post(url + "/checks"), a.manager(), "{\"answers\": [{\"questionId\": \""
                + ReviewWritingTest.ACHIEVEMENTS + "\", \"text\": \"She is lazy and always late.\"}]}");
        assertThat(checks.getStatus()).isEqualTo(200);
        assertThat(checks.getContentAsString()).contains("PERSONALITY", "ABSOLUTE", "lazy", "always");
        assertThat(call(get(url + "/evidence"), a.manager(), null).getStatus()).isEqualTo(200);

        // the subject does not see the manager's draft, its evidence or its checks
        assertThat(call(get(url), a.employee(), null).getStatus()).isEqualTo(404);
        assertThat(call(get(url + "/evidence"), a.employee(), null).getStatus()).isEqualTo(404);
        assertThat(call(post(url + "/checks"), a.employee(), "{\"answers\": []}").getStatus()).isEqualTo(404);
        assertThat(call(put(url + "/draft").header("If-Match", "1"), a.employee(), "{\"answers\": []}").getStatus())
                .isEqualTo(404);
    }

    @Test
    void theManagerGetsInsightsAndACitedDraftAndTheOpenApiDocumentHasTheEndpoints() throws Exception {
        String url = "/api/v1/reviews/" + aSeeds.managerReview();
        MockHttpServletResponse insights = call(get(url + "/summary/insights"), a.manager(), null);
        assertThat(insights.getStatus()).isEqualTo(200);
        assertThat(insights.getContentAsString()).contains("\"insights\"", "\"from\"");
        MockHttpServletResponse empty = call(post(url + "/summary/draft"), a.manager(), "{\"insights\": []}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("insikt");
        MockHttpServletResponse self = call(get("/api/v1/reviews/" + aSeeds.selfReview() + "/summary/insights"),
                a.employee(), null);
        assertThat(self.getStatus()).isEqualTo(400);
        String openApi = call(get("/api/openapi.json"), a.employee(), null).getContentAsString();
        assertThat(openApi).contains("/api/v1/reviews", "/api/v1/reviews/{id}/draft", "/api/v1/reviews/{id}/submit",
                "/api/v1/reviews/{id}/evidence", "/api/v1/reviews/{id}/checks", "/api/v1/reviews/{id}/summary/draft");
    }

    @Test
    void anotherTenantsReviewIsUnknown() throws Exception {
        String url = "/api/v1/reviews/" + bSeeds.selfReview();
        for (Person person : new Person[] {a.employee(), a.manager(), a.hrAdmin()}) {
            for (MockHttpServletResponse response : new MockHttpServletResponse[] {
                    call(get(url), person, null),
                    call(get(url + "/evidence"), person, null),
                    call(put(url + "/draft").header("If-Match", "1"), person, "{\"answers\": []}"),
                    call(post(url + "/submit"), person, "{\"answers\": [], \"version\": 1}"),
                    call(post(url + "/checks"), person, "{\"answers\": []}")}) {
                assertThat(response.getStatus()).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain(b.slug());
            }
        }
    }
}
