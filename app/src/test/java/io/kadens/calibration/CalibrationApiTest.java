package io.kadens.calibration;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calibration over REST: problem+json in the caller's language, employees refused, the stale move told. */
@KadensSpringTest
class CalibrationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CalibrationTestData data;

    Company c;
    CalibrationTestData.Seeded seeded;
    String session;

    @BeforeEach
    void seed() {
        c = tenants.create("calapi");
        seeded = data.seed(c);
        session = "/api/v1/calibration/sessions/" + seeded.session();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(c, as))).with(csrf())
                .header("Accept-Language", "sv").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    @Test
    void employeesNeverReachCalibration() throws Exception {
        for (Person employee : List.of(c.employee(), c.member())) {
            for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/calibration/sessions"),
                    get("/api/v1/calibration/guideline"), get(session), get(session + "/people"),
                    get(session + "/distribution"), get(session + "/moves"),
                    get(session + "/people/" + c.employee().id() + "/evidence"))) {
                MockHttpServletResponse response = call(request, employee, "");
                assertThat(response.getStatus()).isEqualTo(403);
                assertThat(response.getContentType()).contains("application/problem+json");
                assertThat(response.getContentAsString()).doesNotContain("managerRating");
            }
            assertThat(call(post(session + "/previews"), employee, "{\"employeeId\": \"" + c.employee().id()
                    + "\", \"rating\": 3}").getStatus()).isEqualTo(403);
        }
    }

    @Test
    void aPreviewThenTheMeetingThenAMoveAndAStaleMoveIsTold() throws Exception {
        MockHttpServletResponse badPreview = call(post(session + "/previews"), c.teamLead(),
                "{\"employeeId\": \"" + c.employee().id() + "\", \"rating\": 9}");
        assertThat(badPreview.getStatus()).isEqualTo(400);
        assertThat(badPreview.getContentAsString()).contains("\"field\":\"rating\"", "Välj ett betyg");
        assertThat(call(post(session + "/previews"), c.teamLead(), "{\"employeeId\": \"" + c.employee().id()
                + "\", \"rating\": 3, \"potential\": 2}").getStatus()).isEqualTo(200);
        // the facilitator sees no preview before the meeting opens
        assertThat(call(get(session + "/previews"), c.ceo(), "").getContentAsString()).isEqualTo("[]");
        assertThat(call(post(session + "/open"), c.teamLead(), "{\"version\": 0}").getStatus()).isEqualTo(403);
        assertThat(call(post(session + "/open"), c.ceo(), "{\"version\": 0}").getStatus()).isEqualTo(200);
        assertThat(call(get(session + "/previews"), c.ceo(), "").getContentAsString()).contains("\"rating\":3");

        String move = "{\"employeeId\": \"" + c.employee().id() + "\", \"rating\": 3, \"potential\": 3, "
                + "\"reason\": \"Agreed with the previews\", \"version\": 0}";
        MockHttpServletResponse noReason = call(post(session + "/moves"), c.ceo(), move.replace("Agreed with the previews", " "));
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("\"field\":\"reason\"");
        assertThat(call(post(session + "/moves"), c.ceo(), move).getStatus()).isEqualTo(201);
        MockHttpServletResponse stale = call(post(session + "/moves"), c.hrAdmin(), move.replace("\"rating\": 3", "\"rating\": 1"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).contains("application/problem+json");
        assertThat(stale.getContentAsString()).contains("Någon annan kalibrerade", c.employee().familyName(),
                "\"calibratedRating\":3");
        assertThat(call(get(session + "/moves"), c.teamLead(), "").getContentAsString())
                .contains("Agreed with the previews").doesNotContain("\"toRating\":1");
        assertThat(call(get(session + "/distribution"), c.teamLead(), "").getContentAsString()).contains("\"rated\":3");
    }

    @Test
    void theGuidelineAndTheOpenApiDocument() throws Exception {
        MockHttpServletResponse wrong = call(put("/api/v1/calibration/guideline"), c.hrAdmin(),
                "{\"shares\": [50, 50], \"version\": 0}");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("\"field\":\"shares\"");
        assertThat(call(put("/api/v1/calibration/guideline"), c.manager(), "{\"shares\": [10, 20, 40, 20, 10], "
                + "\"version\": 0}").getStatus()).isEqualTo(403);
        assertThat(call(put("/api/v1/calibration/guideline"), c.hrAdmin(), "{\"shares\": [5, 25, 40, 25, 5], "
                + "\"version\": 0}").getContentAsString()).contains("[5,25,40,25,5]");
        String openApi = call(get("/api/openapi.json"), c.hrAdmin(), "").getContentAsString();
        assertThat(openApi).contains("/api/v1/calibration/sessions", "/api/v1/calibration/sessions/{id}/moves",
                "/api/v1/calibration/sessions/{id}/previews", "/api/v1/calibration/sessions/{id}/distribution",
                "/api/v1/calibration/guideline");
    }
}
