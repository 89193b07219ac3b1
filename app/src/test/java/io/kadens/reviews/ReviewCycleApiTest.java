package io.kadens.reviews;

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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review cycle endpoints: closing asks first with the list, HR admins only, other tenants' cycles unknown. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewCycleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ReviewsTestData data;
    @Autowired
    ReviewCycles cycles;

    Company a;
    Company b;
    ReviewsTestData.Seeded aSeeds;
    ReviewsTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("rcapia");
        b = tenants.create("rcapib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .header("Accept-Language", "sv").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    @Test
    void closingWithUnfinishedReviewsAsksFirstAndListsThem() throws Exception {
        String cycle = "/api/v1/review-cycles/" + aSeeds.cycle();
        MockHttpServletResponse asked = call(post(cycle + "/close"), a.hrAdmin(), "{\"version\": 1}");
        assertThat(asked.getStatus()).isEqualTo(409);
        assertThat(asked.getContentType()).contains("application/problem+json");
        assertThat(asked.getContentAsString()).contains("\"unfinished\":[", a.employee().familyName(),
                "bedömningar är inte inskickade");
        assertThat(call(get(cycle), a.hrAdmin(), "").getContentAsString()).contains("\"status\":\"ACTIVE\"");
        assertThat(call(get(cycle + "/participants"), a.hrAdmin(), "").getContentAsString())
                .contains(a.member().familyName());
    }

    @Test
    void setUpIsValidatedAtTheEdge() throws Exception {
        MockHttpServletResponse refused = call(post("/api/v1/review-cycles"), a.hrAdmin(),
                "{\"name\": \"\", \"kind\": \"QUARTERLY\", \"templateId\": \"" + aSeeds.template() + "\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("\"field\":\"name\"", "\"field\":\"deadlines.SELF_REVIEW\"");
        assertThat(call(post("/api/v1/review-cycles/" + aSeeds.cycle() + "/pause"), a.hrAdmin(), "{}").getStatus())
                .isEqualTo(400);
    }

    @Test
    void peopleWhoAreNotHrAdminsAreRefused() throws Exception {
        for (Person person : List.of(a.employee(), a.manager())) {
            assertThat(call(get("/api/v1/review-cycles"), person, "").getStatus()).isEqualTo(403);
            assertThat(call(post("/api/v1/review-cycles/" + aSeeds.cycle() + "/pause"), person, "{\"version\": 1}")
                    .getStatus()).isEqualTo(403);
        }
    }

    @Test
    void anotherTenantsCycleIsUnknownToEveryMethod() throws Exception {
        String cycle = "/api/v1/review-cycles/" + bSeeds.cycle();
        MockHttpServletResponse update = call(put(cycle), a.hrAdmin(), "{\"name\": \"x\", \"version\": 1}");
        assertThat(update.getStatus()).isEqualTo(404);
        MockHttpServletResponse removal = call(delete(cycle + "/participants/" + b.employee().id()), a.hrAdmin(), "");
        assertThat(removal.getStatus()).isEqualTo(404);
        assertThat(removal.getContentAsString()).doesNotContain(b.slug());
        ReviewCycle bs = TestTenants.signedIn(TestTenants.as(b, b.hrAdmin()), () -> cycles.cycle(bSeeds.cycle())).orElseThrow();
        assertThat(bs.status()).isEqualTo(CycleStatus.ACTIVE);
        assertThat(bs.progress().participants()).isEqualTo(5);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/review-cycles/{id}/close", "/api/v1/review-cycles/{id}/participants/{personId}",
                "Review cycles");
    }
}
