package io.kadens.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.apitokens.TokenScope;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/learning/items/import}: the admin page's catalogue import for integrations, with a
 * personal access token of an HR admin; every row or none, problems per line in the caller's language,
 * too large and wrong type refused as problem details; nobody else imports.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningImportApiTest {

    private static final String HEADER = String.join(",", TrainingLibrary.CSV_COLUMNS) + "\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;

    Company company;

    @BeforeAll
    void company() {
        company = tenants.create("learnimport");
    }

    private String token(Person person, TokenScope scope) {
        return TestTenants.signedIn(TestTenants.as(company, person),
                () -> apiTokens.create("import " + scope, TokenExpiry.DAYS_90, scope).token());
    }

    private MockHttpServletResponse upload(String token, String fileName, String contentType, byte[] content,
                                           Locale locale) throws Exception {
        return mvc.perform(multipart("/api/v1/learning/items/import")
                        .file(new MockMultipartFile("file", fileName, contentType, content))
                        .header("Authorization", "Bearer " + token).locale(locale))
                .andReturn().getResponse();
    }

    private int items(String title) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement statement = owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            statement.setString(1, company.id().value().toString());
            statement.execute();
            try (PreparedStatement count = owner.prepareStatement("select count(*) from training_item where title = ?")) {
                count.setString(1, title);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }
    }

    @Test
    void anHrAdminsTokenImportsEveryRowAndAnswersTheCounts() throws Exception {
        String csv = HEADER + "Negotiation basics,Prepare and listen.,internal,People team,,workshop,120,beginner,"
                + "negotiation,en,sales\n"
                + "Feedback that lands,Say what you saw.,internal,People team,,course,45,intermediate,feedback,en,\n";

        MockHttpServletResponse response = upload(token(company.hrAdmin(), TokenScope.READ_WRITE), "catalogue.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"rows\":2", "\"created\":2", "\"problems\":[]");
        assertThat(items("Negotiation basics")).isEqualTo(1);
        assertThat(items("Feedback that lands")).isEqualTo(1);

        // the same file again updates, the plain text/csv body works too
        MockHttpServletResponse again = mvc.perform(post("/api/v1/learning/items/import")
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .header("Authorization", "Bearer " + token(company.hrAdmin(), TokenScope.READ_WRITE)))
                .andReturn().getResponse();
        assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("\"updated\":2", "\"created\":0");
        assertThat(items("Negotiation basics")).isEqualTo(1);
    }

    @Test
    void badRowsImportNothingAndAreListedPerLineInTheCallersLanguage() throws Exception {
        String csv = HEADER + "Good row,Fine.,internal,People team,,course,30,beginner,,en,\n"
                + "Bad format,Not a format.,internal,People team,,juggling,30,beginner,,en,\n"
                + "Bad level,Not a level.,internal,People team,,course,30,wizard,,en,\n";

        MockHttpServletResponse english = upload(token(company.hrAdmin(), TokenScope.READ_WRITE), "bad.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        MockHttpServletResponse swedish = upload(token(company.hrAdmin(), TokenScope.READ_WRITE), "bad.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("sv"));

        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentType()).startsWith("application/problem+json");
        assertThat(english.getContentAsString()).contains("\"line\":3", "\"column\":\"format\"", "learning.import.bad-format",
                "\"line\":4", "\"column\":\"level\"", "juggling", "wizard", "Nothing was imported");
        assertThat(swedish.getContentAsString()).contains("Inget importerades");
        assertThat(items("Good row")).as("all or nothing").isZero();
    }

    @Test
    void tooLargeAndWrongTypeAreRefusedAsProblemDetails() throws Exception {
        String token = token(company.hrAdmin(), TokenScope.READ_WRITE);
        byte[] big = new byte[LearningImportApi.CATALOGUE_MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        MockHttpServletResponse tooLarge = upload(token, "huge.csv", "text/csv", big, Locale.ENGLISH);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse pdf = upload(token, "catalogue.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        assertThat(pdf.getStatus()).isEqualTo(415);
        assertThat(pdf.getContentType()).startsWith("application/problem+json");
        assertThat(pdf.getContentAsString()).contains("\"field\":\"file\"", "learning.import.csv-only", "CSV");

        assertThat(LearningImportApi.looksLikeCsv("list.CSV", null)).isTrue();
        assertThat(LearningImportApi.looksLikeCsv(null, "text/csv; charset=utf-8")).isTrue();
        assertThat(LearningImportApi.looksLikeCsv("list.xlsx", "text/csv")).isFalse();
    }

    /** The role matrix: only HR admins import, and only with a token that may write. */
    @Test
    void onlyHrAdminsWithAWritingTokenImport() throws Exception {
        String csv = HEADER + "Matrix course,For the matrix.,internal,People team,,course,30,beginner,,en,\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        for (Person person : new Person[] {company.employee(), company.manager()}) {
            MockHttpServletResponse refused = upload(token(person, TokenScope.READ_WRITE), "m.csv", "text/csv", bytes,
                    Locale.ENGLISH);
            assertThat(refused.getStatus()).as("token of " + person.givenName()).isEqualTo(403);
        }
        MockHttpServletResponse readOnly = upload(token(company.hrAdmin(), TokenScope.READ), "m.csv", "text/csv", bytes,
                Locale.ENGLISH);
        assertThat(readOnly.getStatus()).as("a read-only token").isEqualTo(403);
        MockHttpServletResponse operator = mvc.perform(multipart("/api/v1/learning/items/import")
                        .file(new MockMultipartFile("file", "m.csv", "text/csv", bytes))
                        .with(authentication(TestTenants.operator())).with(csrf()))
                .andReturn().getResponse();
        assertThat(operator.getStatus()).as("the operator").isIn(403, 404);
        MockHttpServletResponse anonymous = mvc.perform(multipart("/api/v1/learning/items/import")
                .file(new MockMultipartFile("file", "m.csv", "text/csv", bytes))).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(items("Matrix course")).isZero();
    }
}
