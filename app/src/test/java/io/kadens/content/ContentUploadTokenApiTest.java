package io.kadens.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.apitokens.TokenScope;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/content/documents} for integrations: an HR admin's personal access token uploads company
 * content with the admin page's rules (accepted for indexing, wrong types and oversized files refused as
 * problem details in the caller's language); other roles' and read-only tokens are refused; both integration
 * uploads are in the OpenAPI document.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentUploadTokenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;

    Company company;

    @BeforeAll
    void company() {
        company = tenants.create("contenttoken");
    }

    private String token(Person person, TokenScope scope) {
        return TestTenants.signedIn(TestTenants.as(company, person),
                () -> apiTokens.create("upload " + scope, TokenExpiry.DAYS_90, scope).token());
    }

    private MockHttpServletResponse upload(String token, String fileName, byte[] content, Locale locale) throws Exception {
        return mvc.perform(multipart("/api/v1/content/documents")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("kind", "policy")
                        .header("Authorization", "Bearer " + token).locale(locale))
                .andReturn().getResponse();
    }

    @Test
    void anHrAdminsTokenUploadsForIndexingAndWrongFilesSayWhy() throws Exception {
        String token = token(company.hrAdmin(), TokenScope.READ_WRITE);
        MockHttpServletResponse accepted = upload(token, "expenses.md",
                "# Expenses\n\nReceipts are filed within a month.\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
        assertThat(accepted.getContentAsString()).contains("expenses.md", "\"kind\":\"POLICY\"");

        MockHttpServletResponse wrongType = upload(token, "tool.exe", new byte[] {'M', 'Z', 0, 1}, Locale.ENGLISH);
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(wrongType.getContentType()).startsWith("application/problem+json");
        assertThat(wrongType.getContentAsString()).contains("\"field\":\"file\"", "content.file.unsupported-type");
        MockHttpServletResponse swedish = upload(token, "tool.exe", new byte[] {'M', 'Z', 0, 1}, Locale.forLanguageTag("sv"));
        assertThat(swedish.getContentAsString()).doesNotContain("Kadens reads Markdown");

        MockHttpServletResponse tooLarge = upload(token, "huge.md", new byte[11 * 1024 * 1024], Locale.ENGLISH);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void otherRolesAndReadOnlyTokensDoNotUpload() throws Exception {
        byte[] note = "# Note\n\nText.\n".getBytes(StandardCharsets.UTF_8);
        for (Person person : new Person[] {company.employee(), company.manager()}) {
            assertThat(upload(token(person, TokenScope.READ_WRITE), "note.md", note, Locale.ENGLISH).getStatus())
                    .as("token of " + person.givenName()).isEqualTo(403);
        }
        assertThat(upload(token(company.hrAdmin(), TokenScope.READ), "note.md", note, Locale.ENGLISH).getStatus())
                .as("a read-only token").isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesBothIntegrationUploads() throws Exception {
        String openApi = mvc.perform(get("/api/openapi.json").with(authentication(TestTenants.as(company, company.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("\"/api/v1/content/documents\"", "\"/api/v1/learning/items/import\"",
                "multipart/form-data", "text/csv");
    }
}
