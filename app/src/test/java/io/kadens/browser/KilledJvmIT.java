package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import io.kadens.tenants.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The production jar killed hard ({@code kill -9}: no shutdown hook, connections dropped mid-transaction)
 * during work that takes a while, then started again on the same database:
 * <ul>
 *   <li>during content indexing: nothing of the document is stored at the kill, and after the restart the
 *       job is taken over by itself and the index holds each chunk of the document once;</li>
 *   <li>during a people import: the import is all or nothing (here: nothing, as the kill came mid-way), and
 *       running it again after the restart imports every row.</li>
 * </ul>
 * The tests share one database and hand the running jar on (each starts one if there is none), so the class
 * starts three jars instead of four. Logs: {@code app/target/killed-jvm-it-*.log}.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledJvmIT {

    /** A short lease and recovery round, so the test waits seconds, not minutes (production: 1 min each). */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "SPRING_APPLICATION_JSON",
            "{\"kadens\":{\"content\":{\"job-lease\":\"PT12S\",\"recovery-interval\":\"PT5S\"}}}",
            RunningKadens.MAX_HEAP, "640m");
    /** Sections of the uploaded document, each one chunk: enough for tens of seconds of embedding here. */
    private static final int SECTIONS = 3000;
    /** Rows of the imported file: enough for seconds of writing, so the kill lands mid-way. */
    private static final int IMPORTED_PEOPLE = 8_000;
    /** How the English pages write the count (with a thousands separator). */
    private static final String NEW_PEOPLE = String.format(java.util.Locale.ENGLISH, "%,d new people", IMPORTED_PEOPLE);
    private static final Duration RESUMED_WITHIN = Duration.ofMinutes(6);

    private static final TestDatabase DATABASE = TestDatabase.createFresh();
    private static RunningKadens running;
    private static int started;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** The jar now running on the test's database, started (with a browser) if there is none. */
    private static RunningKadens current() {
        if (running == null || !running.isAlive()) {
            started++;
            running = RunningKadens.onDatabase("killed-jvm-it-" + started, ENVIRONMENT, DATABASE, true);
        }
        return running;
    }

    // ------------------------------------------------------------------ content indexing

    @Test
    @Order(1)
    @DisplayName("killed while indexing an upload, the restarted jar completes the index by itself, each chunk once")
    void indexingSurvivesAKilledJvm() throws Exception {
        RunningKadens kadens = current();
        String token = apiTokenFor(kadens, "acme", "anna.lindqvist@acme.example");

        HttpResponse<String> accepted = uploadDocument(kadens, token, "handbook-" + UUID.randomUUID() + ".md",
                sizeableHandbook());
        assertThat(accepted.statusCode()).as("upload answer: %s", accepted.body()).isEqualTo(202);
        String jobId = jsonField(accepted.body(), "id");
        String documentId = jsonField(accepted.body(), "documentId");

        // Kill the jar once it is well into embedding, and far from its end.
        Awaitility.await("the indexing job to be embedding").atMost(RESUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> jobState(jobId), state -> state.status().equals("RUNNING") && state.chunksDone() >= 64
                        || state.status().equals("DONE") || state.status().equals("FAILED"));
        kadens.kill();
        JobState atKill = jobState(jobId);
        assertThat(atKill.status()).as("the job at the kill (%s): the document must be large enough to be caught"
                + " mid-way", atKill).isEqualTo("RUNNING");
        assertThat(atKill.chunksDone()).isLessThan(atKill.chunksTotal());
        assertThat(atKill.chunksTotal()).isGreaterThanOrEqualTo(SECTIONS);
        assertThat(countInTenant("acme", "select count(*) from content_document where id::text = ?", documentId))
                .as("no document row while indexing was cut off").isZero();
        assertThat(indexedChunks(documentId)).as("no chunk stored while indexing was cut off").isZero();

        restartAfterKill();

        JobState done = Awaitility.await("the restarted jar to complete the indexing job").atMost(RESUMED_WITHIN)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jobState(jobId), state -> !state.status().equals("RUNNING")
                        && !state.status().equals("QUEUED"));
        assertThat(done.status()).as("the job after the restart: %s", done).isEqualTo("DONE");
        assertThat(done.resumes()).as("times the job was taken over").isEqualTo(1);
        assertThat(indexedChunks(documentId)).as("chunks of the document in the index").isEqualTo(atKill.chunksTotal());
        assertThat(countInTenant("acme", "select count(distinct text) from knowledge_chunk where source_id = ?",
                documentId)).as("distinct chunk texts: each chunk once").isEqualTo(atKill.chunksTotal());
        assertThat(countInTenant("acme", "select chunk_count from content_document where id::text = ?", documentId))
                .isEqualTo(atKill.chunksTotal());
    }

    /** A Markdown handbook of {@value #SECTIONS} sections, each short enough to be one chunk, all different. */
    private static byte[] sizeableHandbook() {
        StringBuilder text = new StringBuilder("# Handbook of working practices\n\n");
        for (int section = 1; section <= SECTIONS; section++) {
            text.append("## Practice ").append(section).append("\n\n")
                    .append("Practice number ").append(section).append(" asks every team to agree on how they plan ")
                    .append("their week, review what they shipped and share what they learned with the people ")
                    .append("around them. Teams write down decision ").append(section * 7)
                    .append(" and revisit it after ").append(section % 12 + 1).append(" weeks.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> uploadDocument(RunningKadens kadens, String token, String fileName, byte[] content)
            throws Exception {
        String boundary = "kadens-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/markdown\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPOLICY\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(kadens.baseUrl() + "api/v1/content/documents"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    record JobState(String status, int chunksDone, int chunksTotal, int resumes, String failure) {
    }

    private static JobState jobState(String jobId) throws SQLException {
        return inTenant("acme", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select status, chunks_done, chunks_total, resumes, failure from content_indexing_job
                    where id::text = ?""")) {
                query.setString(1, jobId);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("indexing job %s", jobId).isTrue();
                    return new JobState(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getString(5));
                }
            }
        });
    }

    private static long indexedChunks(String documentId) throws SQLException {
        return countInTenant("acme", "select count(*) from knowledge_chunk where source_type = 'company_content'"
                + " and source_id = ?", documentId);
    }

    // ------------------------------------------------------------------ people import

    @Test
    @Order(2)
    @DisplayName("killed during a people import, nothing of the file is there; after the restart it imports fully")
    void peopleImportIsAllOrNothingAcrossAKilledJvm() throws Exception {
        Path csv = Files.createTempFile("kadens-killed-import", ".csv");
        StringBuilder rows = new StringBuilder("Email,First name,Last name,Job title,Department,Manager email\n");
        for (int person = 1; person <= IMPORTED_PEOPLE; person++) {
            rows.append("killed.import.").append(person).append("@globex.example,Kim,Import").append(person)
                    .append(",Analyst,Engineering,james.carter@globex.example\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        String imported = "select count(*) from employee where email like 'killed.import.%@globex.example'";

        RunningKadens kadens = current();
        uploadAndCheck(kadens, csv);
        kadens.click(By.id("import-apply"));
        // Kill the jar while the import's transaction is writing: its progress bar is past the start, not done.
        double progressAtKill = Awaitility.await("the import to be writing").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> progress(kadens), value -> value > 0.1 || kadens.isPresent(By.id("import-done")));
        kadens.kill();
        assertThat(progressAtKill).as("progress at the kill: the import must be caught mid-way").isBetween(0.1, 0.95);

        long afterKill = countInTenant("globex", imported);
        assertThat(afterKill).as("people of the file after the kill: all or nothing").isIn(0L, (long) IMPORTED_PEOPLE);
        assertThat(afterKill).as("a kill before the import finished leaves none of its rows").isZero();

        RunningKadens restarted = restartAfterKill();
        assertThat(countInTenant("globex", imported)).as("after the restart, still none").isZero();
        uploadAndCheck(restarted, csv);
        assertThat(restarted.textContent(restarted.waitFor(By.id("import-report-summary"))))
                .contains(NEW_PEOPLE);
        restarted.click(By.id("import-apply"));
        String done = restarted.textContent(Awaitility.await("the second import to finish").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> restarted.driver().findElements(By.id("import-done")), found -> !found.isEmpty()).getFirst());
        assertThat(done).contains(NEW_PEOPLE);
        assertThat(countInTenant("globex", imported)).as("people of the file after the second run")
                .isEqualTo(IMPORTED_PEOPLE);
    }

    /** The jar was killed already: close what is left of it (its browser) and start the next. */
    private static RunningKadens restartAfterKill() {
        running.close();
        running = null;
        return current();
    }

    private static void uploadAndCheck(RunningKadens kadens, Path csv) {
        kadens.signInAndAwaitHome("globex", "olivia.hayes@globex.example");
        kadens.open("admin/import");
        fileInput(kadens).sendKeys(csv.toAbsolutePath().toString());
        kadens.wait(Duration.ofMinutes(2)).until(d -> kadens.textContent(d.findElement(By.id("import-file-summary")))
                .contains("rows"));
        WebElement check = kadens.waitFor(By.id("import-check"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", check);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(check));
        check.click();
        kadens.wait(Duration.ofMinutes(2)).until(d -> !d.findElements(By.id("import-report-valid")).isEmpty());
    }

    private static double progress(RunningKadens kadens) {
        Object value = kadens.js("const bar = document.getElementById('import-progress');"
                + " return bar && !bar.hidden ? Number(bar.value) : 0;");
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    private static WebElement fileInput(RunningKadens kadens) {
        WebElement upload = kadens.waitFor(By.id("import-upload"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    // ------------------------------------------------------------------ database

    /** An API token of the given person, stored the way the product stores them (only its hash). */
    private static String apiTokenFor(RunningKadens kadens, String tenantSlug, String email) throws SQLException {
        String person = kadens.employeeId(tenantSlug, email);
        TenantId tenant = new TenantId(UUID.fromString(kadens.idInTenant(tenantSlug,
                "select id from tenant where slug = ?", tenantSlug)));
        String token = TenantTokens.newToken("kdn_", tenant);
        inTenant(tenantSlug, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into api_token (tenant_id, id, employee_id, name, token_hash, created_at, expires_at, scope)
                    values (?, gen_random_uuid(), ?::uuid, 'killed jvm test', ?, now(), now() + interval '1 day',
                            'READ_WRITE')""")) {
                insert.setObject(1, tenant.value());
                insert.setString(2, person);
                insert.setString(3, TenantTokens.hash(token));
                return insert.executeUpdate();
            }
        });
        return token;
    }

    private static long countInTenant(String tenantSlug, String sql, String... parameters) throws SQLException {
        return inTenant(tenantSlug, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setString(i + 1, parameters[i]);
                }
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    interface InTenant<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs as the owner role bound to the tenant (row-level security is FORCEd, so it binds the owner too). */
    private static <T> T inTenant(String tenantSlug, InTenant<T> work) throws SQLException {
        try (Connection connection = DATABASE.openAsOwner()) {
            try (PreparedStatement bind = connection.prepareStatement(
                    "select set_config('app.tenant_id', (select id::text from tenant where slug = ?), false)")) {
                bind.setString(1, tenantSlug);
                bind.execute();
            }
            return work.run(connection);
        }
    }

    private static String jsonField(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("field %s in %s", field, json).isTrue();
        return matcher.group(1);
    }
}
