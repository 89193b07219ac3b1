package io.kadens.compensation;

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

/** The pay and compensation REST API: problem+json in the caller's language, refusals, another tenant's ids, OpenAPI. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompensationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompensationTestData data;

    Company a;
    Company b;
    CompensationTestData.SeededCycle aSeeds;
    CompensationTestData.SeededCycle bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("cpapia");
        b = tenants.create("cpapib");
        aSeeds = data.seedCycle(a);
        bSeeds = data.seedCycle(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .header("Accept-Language", "sv").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    @Test
    void salariesAreReadByTheChainAboveAndRefusedToOthersAsProblems() throws Exception {
        String employee = "/api/v1/pay/salaries/" + a.employee().id();
        assertThat(call(get(employee), a.manager(), "").getContentAsString()).contains("\"compaRatio\":0.900");
        MockHttpServletResponse peer = call(get(employee), a.teamLead(), "");
        assertThat(peer.getStatus()).isEqualTo(403);
        assertThat(peer.getContentType()).contains("application/problem+json");
        assertThat(peer.getContentAsString()).doesNotContain("45000");
        assertThat(call(get(employee), a.employee(), "").getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/pay/salaries"), a.manager(), "").getStatus()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemInTheCallersLanguageAndChangesNothing() throws Exception {
        MockHttpServletResponse refused = call(put("/api/v1/pay/salaries/" + a.employee().id()), a.hrAdmin(),
                "{\"salary\": -5, \"currency\": \"kr\", \"version\": 1}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"field\":\"salary\"", "\"field\":\"currency\"",
                "Ange valutan");
        MockHttpServletResponse noVersion = call(put("/api/v1/pay/salaries/" + a.employee().id()), a.hrAdmin(),
                "{\"salary\": 50000, \"currency\": \"SEK\"}");
        assertThat(noVersion.getStatus()).isEqualTo(400);
        MockHttpServletResponse stale = call(put("/api/v1/pay/salaries/" + a.employee().id()), a.hrAdmin(),
                "{\"salary\": 50000, \"currency\": \"SEK\", \"version\": 99}");
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse blankReason = call(put("/api/v1/pay/salaries/" + a.employee().id()), a.hrAdmin(),
                "{\"salary\": 50000, \"currency\": \"SEK\", \"version\": 1, \"reason\": \" \"}");
        assertThat(blankReason.getStatus()).isEqualTo(400);
        assertThat(blankReason.getContentAsString()).contains("\"field\":\"reason\"");
        assertThat(call(get("/api/v1/pay/salaries/" + a.employee().id()), a.hrAdmin(), "").getContentAsString())
                .contains("\"salary\":45000.00");
        MockHttpServletResponse badImport = mvc.perform(post("/api/v1/pay/salaries/import")
                        .with(authentication(TestTenants.as(a, a.hrAdmin()))).with(csrf()).header("Accept-Language", "sv")
                        .contentType("text/csv").content("email,salary,currency\nnobody@x.test,1,SEK\n"))
                .andReturn().getResponse();
        assertThat(badImport.getStatus()).isEqualTo(400);
        assertThat(badImport.getContentAsString()).contains("\"line\":2", "Ingen har e-postadressen");
    }

    @Test
    void theWorksheetProposalsAndPayrollExportOverRest() throws Exception {
        String cycle = "/api/v1/compensation-cycles/" + aSeeds.cycleId();
        assertThat(call(get(cycle + "/worksheet"), a.manager(), "").getContentAsString())
                .contains(a.employee().id().toString(), "\"newSalary\":46000.00");
        assertThat(call(get(cycle + "/budgets"), a.employee(), "").getContentAsString()).contains("\"used\":1000.00");
        MockHttpServletResponse submitted = call(post(cycle + "/proposals/" + a.employee().id() + "/submit"),
                a.manager(), "{\"version\": 1}");
        assertThat(submitted.getStatus()).isEqualTo(200);
        assertThat(submitted.getContentAsString()).contains("\"status\":\"IN_APPROVAL\"");
        MockHttpServletResponse returned = call(post(cycle + "/proposals/" + a.employee().id() + "/return"),
                a.ceo(), "{\"version\": 2}");
        assertThat(returned.getStatus()).isEqualTo(400);
        assertThat(returned.getContentAsString()).contains("\"field\":\"comment\"");
        MockHttpServletResponse export = call(get(cycle + "/payroll-export"), a.hrAdmin(), "");
        assertThat(export.getContentType()).startsWith("text/csv");
        assertThat(export.getContentAsString()).isEqualTo(
                "person_id,email,old_salary,new_salary,currency,effective_date,promotion_to_level\n");
        assertThat(call(get(cycle + "/payroll-export"), a.manager(), "").getStatus()).isEqualTo(403);
    }

    @Test
    void anotherTenantsCycleAndPeopleAreUnknownToEveryMethod() throws Exception {
        String cycle = "/api/v1/compensation-cycles/" + bSeeds.cycleId();
        for (MockHttpServletRequestBuilder request : List.of(
                put(cycle + "/budgets/" + b.salesId()), put(cycle + "/merit-matrix"),
                put(cycle + "/proposals/" + b.employee().id()),
                put("/api/v1/pay/ranges/" + bSeeds.pay().lowerLevelId()))) {
            MockHttpServletResponse response = call(request, a.hrAdmin(),
                    "{\"kind\": \"AMOUNT\", \"value\": 1, \"cells\": [], \"newSalary\": 1, \"currency\": \"SEK\","
                            + " \"min\": 1, \"mid\": 2, \"max\": 3, \"version\": 1}");
            assertThat(response.getStatus()).as(request.toString()).isIn(400, 403, 404);
            assertThat(response.getContentAsString()).doesNotContain(b.slug());
        }
        MockHttpServletResponse salary = call(put("/api/v1/pay/salaries/" + b.employee().id()), a.hrAdmin(),
                "{\"salary\": 1, \"currency\": \"SEK\", \"version\": 1}");
        assertThat(salary.getStatus()).isEqualTo(404);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/pay/salaries/{personId}", "/api/v1/pay/salaries/import",
                "/api/v1/compensation-cycles/{id}/proposals/{personId}/approve",
                "/api/v1/compensation-cycles/{id}/payroll-export", "Compensation", "Pay data");
    }
}
