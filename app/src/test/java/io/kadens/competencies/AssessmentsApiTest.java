package io.kadens.competencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Assessments over HTTP: hidden people answer like missing ones, ratings are validated as problem details. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData data;

    Company a;
    CompetencyTestData.Seeded seeds;

    @BeforeAll
    void company() {
        a = tenants.create("aapi");
        seeds = data.seed(a);
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                         TestTenants.Person person) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(TestTenants.as(a, person)))).andReturn().getResponse();
    }

    @Test
    void aProfileOutsideOnesLineAnswersLikeAPersonWhoDoesNotExist() throws Exception {
        String url = "/api/v1/assessments/profile?personId=";
        MockHttpServletResponse own = call(get("/api/v1/assessments/profile"), a.employee());
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("Communication " + a.slug(), "\"expected\":2", "\"manager\":1");
        assertThat(call(get(url + a.employee().id()), a.manager()).getStatus()).isEqualTo(200);
        MockHttpServletResponse hidden = call(get(url + a.employee().id()), a.teamLead());
        MockHttpServletResponse missing = call(get(url + UUID.randomUUID()), a.teamLead());
        assertThat(hidden.getStatus()).isEqualTo(404).isEqualTo(missing.getStatus());
        assertThat(hidden.getContentAsString()).doesNotContain("Communication");
        assertThat(call(get("/api/v1/assessments/" + seeds.assessment()), a.member()).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/assessments?personId=" + a.employee().id()), a.hrAdmin()).getContentAsString())
                .contains(seeds.assessment().toString());
        assertThat(call(get("/api/v1/assessments/team-matrix"), a.manager()).getContentAsString())
                .contains(a.employee().id().toString());
    }

    @Test
    void ratingsAreRecordedOrRefusedFieldByField() throws Exception {
        String body = "{\"personId\":\"%s\",\"kind\":\"MANAGER\",\"ratings\":[{\"competencyId\":\"%s\",\"level\":%d,"
                + "\"comment\":\"Better\"}]}";
        MockHttpServletResponse refused = call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(a.employee().id(), seeds.coreCompetency(), 9)), a.manager());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("ratings[0].level", "assessments.level.invalid");
        MockHttpServletResponse created = call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(a.employee().id(), seeds.coreCompetency(), 2)), a.manager());
        assertThat(created.getStatus()).isEqualTo(201);
        MockHttpServletResponse notTheirs = call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(a.employee().id(), seeds.coreCompetency(), 2)), a.member());
        assertThat(notTheirs.getStatus()).isEqualTo(404);
        MockHttpServletResponse self = call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SELF\",\"ratings\":[{\"competencyId\":\"" + seeds.coreCompetency()
                        + "\",\"level\":3}]}"), a.member());
        assertThat(self.getStatus()).isEqualTo(201);
    }
}
