package io.kadens.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What reading one document may cost: pages, unpacked size, time, and a fair share of the reading pool. */
class DocumentLimitsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private static void assertRefused(String name, byte[] bytes, DocumentParsers.Limits limits, String key) {
        assertThatThrownBy(() -> DocumentParsers.parse(name, bytes, limits)).as(name)
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aZipBombDocxIsRefusedBeforeItIsUnpacked() {
        byte[] bomb = HostileFiles.zipBombDocx(64L * 1024 * 1024);
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
        assertRefused("bomb.docx", bomb, DocumentParsers.Limits.defaults(TEN_MB), "content.file.docx-too-large");
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefused() {
        byte[] pdf = HostileFiles.manyPagesPdf(12);
        assertRefused("long.pdf", pdf, new DocumentParsers.Limits(TEN_MB, 10, TEN_MB, Duration.ofMinutes(1)),
                "content.file.pdf-too-many-pages");
        assertThat(DocumentParsers.parse("long.pdf", pdf, new DocumentParsers.Limits(TEN_MB, 12, TEN_MB,
                Duration.ofMinutes(1))).plainText()).contains("Page 12");
    }

    @Test
    void aParsePastItsTimeStopsWithAMessage() {
        byte[] pdf = HostileFiles.manyPagesPdf(3);
        assertRefused("slow.pdf", pdf, new DocumentParsers.Limits(TEN_MB, 10, TEN_MB, Duration.ZERO),
                "content.file.too-slow");
    }

    @Test
    void oneTenantHoldsAtMostItsShareOfTheReadingPoolAndOthersStillRead() throws Exception {
        DocumentReading reading = new DocumentReading(2, 2, 1, Duration.ofMinutes(1));
        UUID busyTenant = UUID.randomUUID();
        UUID otherTenant = UUID.randomUUID();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ParsedDocument done = new ParsedDocument("t", List.of(ParsedDocument.Block.paragraph("text")));
        try {
            CompletableFuture<ParsedDocument> slow = CompletableFuture.supplyAsync(() -> reading.read(busyTenant, () -> {
                started.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return done;
            }));
            assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

            assertThatThrownBy(() -> reading.read(busyTenant, () -> done))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("content.file.busy-organisation"));
            assertThat(reading.read(otherTenant, () -> done)).as("another tenant reads meanwhile").isSameAs(done);

            release.countDown();
            assertThat(slow.get(1, TimeUnit.MINUTES)).isSameAs(done);
            assertThat(reading.read(busyTenant, () -> done)).as("the share is back after the parse").isSameAs(done);
        } finally {
            release.countDown();
            reading.stop();
        }
    }

    @Test
    void aParserRefusalReachesTheCaller() {
        DocumentReading reading = new DocumentReading(1, 1, 1, Duration.ofMinutes(1));
        try {
            assertThatThrownBy(() -> reading.read(UUID.randomUUID(),
                    () -> DocumentParsers.parse("bomb.docx", HostileFiles.zipBombDocx(40L * 1024 * 1024), TEN_MB)))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("content.file.docx-too-large"));
        } finally {
            reading.stop();
        }
    }
}
