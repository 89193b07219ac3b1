package io.kadens.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads against the production jar at {@code -Xmx512m}, over REST: a zip-bomb .docx, a PDF
 * of 10,000 pages and a 200 MB upload each get a clear message, while another tenant is served all the
 * time (its requests and its own upload succeed), and the jar is still healthy afterwards. The files
 * are made at run time.
 */
class UploadLimitsIT {

    private static final Pattern TOKEN_LINE = Pattern.compile("(?m)^\\s+(\\S+)\\s+(\\S+@\\S+)\\s+(kdn_\\S+)\\s*$");
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    private static RunningKadens kadens;
    private static HttpClient http;
    private static String acmeAdmin;
    private static String globexAdmin;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.withoutBrowser("upload-limits-it", Map.of(RunningKadens.MAX_HEAP, "512m"));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        acmeAdmin = token("anna.lindqvist@acme.example");
        globexAdmin = token("olivia.hayes@globex.example");
    }

    @AfterAll
    static void stop() {
        if (kadens != null) {
            kadens.close();
        }
    }

    /** The demo token the start-up banner printed for this login. */
    private static String token(String email) {
        Matcher line = TOKEN_LINE.matcher(kadens.log());
        while (line.find()) {
            if (line.group(2).equals(email)) {
                return line.group(3);
            }
        }
        throw new AssertionError("no demo token for " + email + " in the start-up banner:\n" + kadens.logTail(60));
    }

    private record Multipart(String contentType, BodyPublisher body) {
    }

    private static Multipart multipart(String fileName, InputStream content, long contentLength) {
        String boundary = "kadens-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPOLICY\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + contentLength + tail.length;
        BodyPublisher body = BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), content), new ByteArrayInputStream(tail))),
                length);
        return new Multipart("multipart/form-data; boundary=" + boundary, body);
    }

    private static HttpResponse<String> upload(String token, String fileName, byte[] content) throws Exception {
        return upload(token, fileName, new ByteArrayInputStream(content), content.length, false);
    }

    private static HttpResponse<String> upload(String token, String fileName, InputStream content, long length,
                                               boolean expectContinue) throws Exception {
        Multipart multipart = multipart(fileName, content, length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(kadens.baseUrl() + "api/v1/content/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .header("Content-Type", multipart.contentType())
                .expectContinue(expectContinue)
                .timeout(Duration.ofMinutes(3))
                .POST(multipart.body())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(kadens.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hostileUploadsGetAClearMessageWhileAnotherTenantIsServed() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx(512L * 1024 * 1024);
        byte[] longPdf = HostileFiles.manyPagesPdf(10_000);
        System.out.printf("zip bomb: %d bytes (unpacks to 512 MB); PDF of 10,000 pages: %d bytes%n", bomb.length,
                longPdf.length);

        // The other tenant keeps working all the time: reading its documents and uploading its own.
        List<String> otherTenant = new CopyOnWriteArrayList<>();
        AtomicBoolean hostileDone = new AtomicBoolean();
        Thread globex = Thread.ofPlatform().name("globex-requests").start(() -> {
            try {
                do {
                    otherTenant.add("documents " + get(globexAdmin, "api/v1/content/documents").statusCode());
                    otherTenant.add("me " + get(globexAdmin, "api/v1/me").statusCode());
                } while (!hostileDone.get());
                HttpResponse<String> own = upload(globexAdmin, "globex-travel-policy-" + UUID.randomUUID() + ".md",
                        ("# Travel policy\n\nWe travel by train when the journey takes less than five hours, "
                                + "and we book through the travel desk.\n").getBytes(StandardCharsets.UTF_8));
                otherTenant.add("upload " + own.statusCode());
            } catch (Exception e) {
                otherTenant.add("failed: " + e);
            }
        });

        HttpResponse<String> bombAnswer = upload(acmeAdmin, "handbook.docx", bomb);
        assertThat(bombAnswer.statusCode()).as(bombAnswer.body()).isEqualTo(400);
        // Acme's admin reads Swedish: the message comes in the caller's language.
        assertThat(bombAnswer.body()).contains("content.file.docx-too-large").containsAnyOf("zip bomb", "zip-bomb");

        HttpResponse<String> pdfAnswer = upload(acmeAdmin, "archive.pdf", longPdf);
        assertThat(pdfAnswer.statusCode()).as(pdfAnswer.body()).isEqualTo(400);
        assertThat(pdfAnswer.body()).contains("content.file.pdf-too-many-pages")
                .containsAnyOf("more pages than Kadens reads", "fler sidor än Kadens läser");

        // 200 MB announced: refused before the body is sent (the client asks first, as curl does).
        HttpResponse<String> hugeAnswer = upload(acmeAdmin, "everything.md",
                HostileFiles.endlessMarkdown(TWO_HUNDRED_MB), TWO_HUNDRED_MB, true);
        assertThat(hugeAnswer.statusCode()).as(hugeAnswer.body()).isEqualTo(413);
        assertThat(hugeAnswer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(hugeAnswer.body()).contains("larger than the limit of 26 MB");

        hostileDone.set(true);
        globex.join(Duration.ofMinutes(3).toMillis());
        System.out.printf("other tenant's requests during the hostile uploads: %d%n", otherTenant.size());
        assertThat(otherTenant).isNotEmpty().allSatisfy(answer -> assertThat(answer).matches("(documents|me) 200|upload 202"));
        assertThat(otherTenant).contains("upload 202");

        // Liveness: the whole health also reports the mail server, which this test has none of.
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(kadens.baseUrl() + "actuator/health/liveness"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(kadens.log()).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aFileOverTheContentLimitButUnderTheRequestLimitIsRefusedWithoutReadingIt() throws Exception {
        long twelveMb = 12L * 1024 * 1024;
        HttpResponse<String> answer = upload(acmeAdmin, "big.md", HostileFiles.endlessMarkdown(twelveMb), twelveMb, false);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).containsAnyOf("larger than the limit of 10 MB", "större än gränsen på 10 MB");
    }
}
