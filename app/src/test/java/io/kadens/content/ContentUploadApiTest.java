package io.kadens.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Uploading company content over REST: HR admins only, refused files with their reason, sizes checked before reading. */
@KadensSpringTest
class ContentUploadApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;

    private MockHttpServletResponse upload(Authentication who, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/content/documents")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("kind", "policy")
                        .with(authentication(who)).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
    }

    @Test
    void anHrAdminUploadsAndRefusedFilesSayWhy() throws Exception {
        Company company = tenants.create("content-upload-api");
        Authentication admin = TestTenants.as(company, company.hrAdmin(), Role.HR_ADMIN);

        MockHttpServletResponse accepted = upload(admin, "travel-policy.md", ("# Travel policy\n\nWe travel by train "
                + "when the journey takes less than five hours.\n").getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
        assertThat(accepted.getContentAsString()).contains("travel-policy.md", "\"kind\":\"POLICY\"");

        MockHttpServletResponse bomb = upload(admin, "handbook.docx", HostileFiles.zipBombDocx(48L * 1024 * 1024));
        assertThat(bomb.getStatus()).isEqualTo(400);
        assertThat(bomb.getContentAsString()).contains("\"field\":\"file\"", "content.file.docx-too-large", "zip bomb");

        MockHttpServletResponse tooLarge = upload(admin, "huge.md", new byte[11 * 1024 * 1024]);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
        assertThat(tooLarge.getContentAsString()).contains("larger than the limit of 10 MB");
    }

    @Test
    void anEmployeeCannotUpload() throws Exception {
        Company company = tenants.create("content-upload-employee");
        MockHttpServletResponse refused = upload(TestTenants.as(company, company.employee()), "notes.md",
                "# Notes\n\nSomething an employee wants everyone to read.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getStatus()).as("refused, whichever way security answers").isNotEqualTo(202)
                .isGreaterThanOrEqualTo(300);
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement jobs = owner.prepareStatement(
                     "select count(*) from content_indexing_job where tenant_id = ?")) {
            jobs.setObject(1, company.id().value());
            try (ResultSet count = jobs.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).as("nothing queued").isZero();
            }
        }
    }
}
