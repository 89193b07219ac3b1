package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A body of the wrong shape gets a 400 that names the field, in the caller's language. */
@KadensSpringTest
class UnreadableRequestBodyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;

    private MockHttpServletResponse progress(Company company, String body, Locale locale) throws Exception {
        return mvc.perform(put("/api/v1/learning/items/" + UUID.randomUUID() + "/progress")
                        .with(authentication(TestTenants.as(company, company.employee()))).with(csrf())
                        .locale(locale).header("Accept-Language", locale.toLanguageTag())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    @Test
    void aWrongValueOrAMissingNumberIsNamedAtItsField() throws Exception {
        Company company = tenants.create("unreadable");

        var word = progress(company, "{\"status\":\"IN_PROGRESS\",\"percent\":\"lots\",\"version\":0}", Locale.ENGLISH);
        assertThat(word.getStatus()).isEqualTo(400);
        JsonNode wordBody = JSON.readTree(word.getContentAsString());
        assertThat(wordBody.get("errors").get(0).get("field").stringValue()).isEqualTo("percent");
        assertThat(wordBody.get("errors").get(0).get("code").stringValue()).isEqualTo("api.error.field-unreadable");

        var missing = progress(company, "{\"status\":\"IN_PROGRESS\",\"percent\":10}", Locale.forLanguageTag("sv"));
        assertThat(missing.getStatus()).isEqualTo(400);
        JsonNode missingBody = JSON.readTree(missing.getContentAsString());
        assertThat(missingBody.get("errors").get(0).get("field").stringValue()).isEqualTo("version");
        assertThat(missingBody.get("detail").stringValue()).startsWith("Anropets innehåll");

        var unknownStatus = progress(company, "{\"status\":\"NEARLY\",\"percent\":10,\"version\":0}", Locale.ENGLISH);
        assertThat(JSON.readTree(unknownStatus.getContentAsString()).get("errors").get(0).get("field").stringValue())
                .isEqualTo("status");

        var notJson = progress(company, "percent=10", Locale.ENGLISH);
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.getContentAsString()).get("detail").stringValue())
                .startsWith("The request body could not be read");
    }
}
