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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Company content uploads when the database's disk is full (its files are stored in PostgreSQL). The
 * database's own failure is used: a trigger, for this test's tenant only, answers the insert as a full disk
 * does (SQLSTATE 53100, disk_full). The admin is told so in their language (507), nothing is half-written, no
 * row points at a file that was not stored, and once there is room the same upload works.
 */
@KadensSpringTest
class ContentOnAFullDiskTest {

    private static final String POLICY = "# Travel policy\n\nWe travel by train when the journey takes less than"
            + " five hours, and we book at least two weeks ahead.\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;

    Company company;
    Authentication admin;
    String trigger;

    @BeforeEach
    void setUp() {
        company = tenants.create("content-disk-full");
        admin = TestTenants.as(company, company.hrAdmin(), Role.HR_ADMIN);
        trigger = "test_disk_full_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterEach
    void freeTheDisk() throws SQLException {
        owner("DROP TRIGGER IF EXISTS " + trigger + " ON content_indexing_job;"
                + "DROP TRIGGER IF EXISTS " + trigger + " ON content_document;"
                + "DROP FUNCTION IF EXISTS " + trigger + "()");
    }

    @Test
    void anUploadIntoAFullDatabaseIsRefusedClearlyInBothLanguagesAndLeavesNothing() throws Exception {
        fillTheDiskFor("content_indexing_job");

        MockHttpServletResponse english = upload(Locale.ENGLISH);
        assertThat(english.getStatus()).as(english.getContentAsString()).isEqualTo(507);
        assertThat(english.getContentType()).startsWith("application/problem+json");
        assertThat(english.getContentAsString()).contains("The server has no room to store this file right now.",
                "Nothing was saved").doesNotContain("53100", "disk_full", "SQL", "Exception");

        MockHttpServletResponse swedish = upload(Locale.forLanguageTag("sv"));
        assertThat(swedish.getStatus()).isEqualTo(507);
        assertThat(swedish.getContentAsString()).contains("Servern har inte plats att spara filen just nu.",
                "Inget sparades");

        assertThat(count("content_indexing_job")).as("no job").isZero();
        assertThat(count("content_document")).as("no document").isZero();

        freeTheDisk();
        MockHttpServletResponse afterwards = upload(Locale.ENGLISH);
        assertThat(afterwards.getStatus()).as(afterwards.getContentAsString()).isEqualTo(202);
        assertThat(count("content_indexing_job")).as("the same upload is queued once there is room").isEqualTo(1);
    }

    @Test
    void aFullDiskWhenTheIndexedDocumentIsWrittenFailsTheJobWithThatReasonAndKeepsNoHalf() throws Exception {
        fillTheDiskFor("content_document");

        MockHttpServletResponse accepted = upload(Locale.ENGLISH);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
        UUID job = UUID.fromString(JsonMapper.builder().build().readTree(accepted.getContentAsString())
                .path("id").asString());

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> "FAILED".equals(jobColumn(job, "status")));
        assertThat(jobColumn(job, "failure")).isEqualTo("upload.storage-full");
        assertThat(jobColumn(job, "file_name")).as("the job is readable here").isEqualTo("travel-policy.md");
        assertThat(jobColumn(job, "content")).as("the job keeps no copy of the file").isNull();
        // The chunks and the document were one transaction: neither is there.
        assertThat(count("content_document")).isZero();
        assertThat(count("knowledge_chunk")).isZero();
    }

    private MockHttpServletResponse upload(Locale locale) throws Exception {
        return mvc.perform(multipart("/api/v1/content/documents")
                        .file(new MockMultipartFile("file", "travel-policy.md", "text/markdown",
                                POLICY.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "policy")
                        .with(authentication(admin)).with(csrf()).locale(locale))
                .andReturn().getResponse();
    }

    /** From now on, inserting into {@code table} for this tenant fails as on a full disk. */
    private void fillTheDiskFor(String table) throws SQLException {
        owner("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.tenant_id = '" + company.id().value() + "'::uuid THEN"
                + " RAISE EXCEPTION 'could not extend file \"base/16384/2619\": No space left on device'"
                + " USING ERRCODE = 'disk_full', HINT = 'Check free disk space.'; END IF;"
                + " RETURN NEW; END $$;"
                + "CREATE TRIGGER " + trigger + " BEFORE INSERT ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION " + trigger + "()");
    }

    private static void owner(String sql) throws SQLException {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The tenant's rows in {@code table}, read as the owner bound to the tenant (row-level security is forced). */
    private int count(String table) throws SQLException {
        try (Connection owner = inTenant();
             PreparedStatement rows = owner.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            rows.setObject(1, company.id().value());
            try (ResultSet result = rows.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private String jobColumn(UUID job, String column) throws SQLException {
        try (Connection owner = inTenant();
             PreparedStatement rows = owner.prepareStatement(
                     "select " + column + "::text from content_indexing_job where id = ?")) {
            rows.setObject(1, job);
            try (ResultSet result = rows.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private Connection inTenant() throws SQLException {
        Connection owner = TestDatabase.get().openAsOwner();
        try (Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + company.id().value() + "', false)");
        }
        return owner;
    }
}
