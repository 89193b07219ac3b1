package io.kadens.competencies;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The framework over HTTP: rights, problem details in the caller's language, CSV import, foreign ids as 404. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetenciesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData data;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    CompetencyTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("capia");
        b = tenants.create("capib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                         TestTenants.Person person) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(TestTenants.as(a, person))))
                .andReturn().getResponse();
    }

    @Test
    void anotherTenantsCompetencyAnswersLikeOneThatNeverExisted() throws Exception {
        assertThat(call(get("/api/v1/competencies/" + aSeeds.coreCompetency()), a.employee()).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/competencies/" + bSeeds.coreCompetency()), a.employee()).getStatus()).isEqualTo(404);
        MockHttpServletResponse foreignEdit = call(put("/api/v1/competencies/" + bSeeds.coreCompetency())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"group\":\"CORE\",\"version\":0}"), a.hrAdmin());
        assertThat(foreignEdit.getStatus()).isEqualTo(404);
        assertThat(foreignEdit.getContentAsString()).doesNotContain(b.slug());
        String list = call(get("/api/v1/competencies?includeArchived=true"), a.employee()).getContentAsString();
        assertThat(list).contains("Communication " + a.slug()).doesNotContain(b.slug());
        String expectations = call(get("/api/v1/competencies/expectations?jobFamilyId=" + bSeeds.jobFamily()), a.hrAdmin())
                .getContentAsString();
        assertThat(expectations).isEqualTo("[]");
    }

    @Test
    void hrAdminsKeepTheFrameworkAndOthersAreRefused() throws Exception {
        String body = "{\"name\":\"Negotiation\",\"description\":\"Finds agreement\",\"group\":\"LEADERSHIP\","
                + "\"indicators\":[\"Listens\",\"Proposes\"],\"version\":0}";
        assertThat(call(post("/api/v1/competencies").contentType(MediaType.APPLICATION_JSON).content(body), a.manager())
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse created = call(post("/api/v1/competencies").contentType(MediaType.APPLICATION_JSON)
                .content(body), a.hrAdmin());
        assertThat(created.getStatus()).isEqualTo(201);
        String id = created.getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        MockHttpServletResponse invalid = mvc.perform(post("/api/v1/competencies").with(csrf())
                .with(authentication(TestTenants.as(a, a.hrAdmin()))).header("Accept-Language", "sv")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"group\":\"FUNCTIONAL\",\"version\":0}"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");
        assertThat(invalid.getContentAsString()).contains("competencies.name.required", "Ange ett namn.",
                "competencies.family.required");
        MockHttpServletResponse stale = call(put("/api/v1/competencies/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"version\":0", "\"version\":3")), a.hrAdmin());
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse expectation = call(put("/api/v1/competencies/" + id + "/expectations/" + aSeeds.seniorLevel())
                .contentType(MediaType.APPLICATION_JSON).content("{\"level\":3,\"version\":0}"), a.hrAdmin());
        assertThat(expectation.getStatus()).isEqualTo(200);
        assertThat(expectation.getContentAsString()).contains("\"version\":1");
        MockHttpServletResponse removed = call(delete("/api/v1/competencies/" + id + "?version=1"), a.hrAdmin());
        assertThat(removed.getContentAsString()).contains("DELETED");
        assertThat(call(get("/api/v1/competencies/" + id), a.hrAdmin()).getStatus()).isEqualTo(404);
    }

    @Test
    void aCsvImportAnswersWithEveryRowOrEveryProblem() throws Exception {
        MockHttpServletResponse refused = call(post("/api/v1/competencies/import").contentType("text/csv")
                .content("name,group\nOk,core\nBad,mentoring\n"), a.hrAdmin());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"line\":3", "competencies.import.bad-group", "mentoring");
        assertThat(call(get("/api/v1/competencies"), a.hrAdmin()).getContentAsString()).doesNotContain("\"Ok\"");

        String name = "Imported " + UUID.randomUUID();
        MockHttpServletResponse imported = call(post("/api/v1/competencies/import").contentType("text/csv")
                .content("name,group,indicator_1\n" + name + ",core,Starts\n"), a.hrAdmin());
        assertThat(imported.getStatus()).isEqualTo(200);
        assertThat(imported.getContentAsString()).contains("\"line\":2", "CREATED", name);
        assertThat(call(post("/api/v1/competencies/import").contentType("text/csv").content("name,group\nX,core\n"),
                a.employee()).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/competencies/import/template"), a.employee()).getContentAsString())
                .startsWith("name,description,group,job_family,indicator_1");
    }
}
