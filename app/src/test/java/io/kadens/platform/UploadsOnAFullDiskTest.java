package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads when the disk is full. The operating system's own failure is used: the temporary file an upload is
 * counted into is a link to {@code /dev/full}, where every write fails with ENOSPC ("No space left on
 * device"), as on a full file system. The person is told so in their language, and no temporary file stays.
 */
class UploadsOnAFullDiskTest {

    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path uploads;

    /** A temporary file in {@code uploads} whose writes fail as on a full disk. */
    private BoundedUploads.TemporaryFiles fullDisk() {
        return () -> Files.createSymbolicLink(uploads.resolve("kadens-upload-1.part"), FULL);
    }

    private BoundedUploads.TemporaryFiles roomEnough() {
        return () -> Files.createTempFile(uploads, "kadens-upload-", ".part");
    }

    private static InputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }

    private long filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        }
    }

    @Test
    void aWriteThatFindsTheDiskFullIsNotStoredAndLeavesNoPartialFile() throws IOException {
        assumeTrue(Files.isWritable(FULL), "this system has /dev/full");

        BoundedUploads.Received received = BoundedUploads.receive(bytes(200_000), 1_000_000, fullDisk());

        assertThat(received).isInstanceOfSatisfying(BoundedUploads.NotStored.class, notStored -> {
            assertThat(notStored.cause()).hasMessageContaining("No space left on device");
            assertThat(StorageFull.causedBy(notStored.cause())).isTrue();
        });
        assertThat(filesLeft()).as("the partial temporary file is gone").isZero();
        assertThat(Files.exists(FULL)).as("only the link was removed").isTrue();
    }

    @Test
    void noRoomEvenForTheTemporaryFileIsNotStoredEither() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream client = new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        BoundedUploads.Received received = BoundedUploads.receive(client, 1_000, () -> {
            throw new IOException("No space left on device");
        });
        assertThat(received).isInstanceOf(BoundedUploads.NotStored.class);
        assertThat(closed).isTrue();
        assertThat(filesLeft()).isZero();
    }

    @Test
    void withRoomTheUploadIsReadAndItsTemporaryFileRemovedAsBefore() throws IOException {
        assertThat(BoundedUploads.receive(bytes(5_000), 10_000, roomEnough()))
                .isInstanceOfSatisfying(BoundedUploads.Complete.class, c -> assertThat(c.bytes()).hasSize(5_000));
        assertThat(BoundedUploads.receive(bytes(20_000), 10_000, roomEnough()))
                .isInstanceOf(BoundedUploads.TooLarge.class);
        assertThat(filesLeft()).isZero();
    }

    @Test
    void aTooLargeFileIsRefusedWithItsLimitInThePersonsLanguageAndNumberFormat() {
        KadensTranslations translations = new KadensTranslations();
        double limit = 2.5; // megabytes, as BoundedUploads passes it
        assertThat(translations.getTranslation(BoundedUploads.TOO_LARGE_KEY, KadensTranslations.ENGLISH, limit))
                .isEqualTo("The file is larger than 2.5 MB, the most this page accepts. Nothing was saved.");
        assertThat(translations.getTranslation(BoundedUploads.TOO_LARGE_KEY, KadensTranslations.SWEDISH, limit))
                .isEqualTo("Filen är större än 2,5 MB, det största den här sidan tar emot. Inget sparades.");
    }

    @Test
    void onlyAFullDiskIsTakenForOne() {
        assertThat(StorageFull.causedBy(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(StorageFull.causedBy(new java.sql.SQLException("could not extend file", "53100"))).isTrue();
        assertThat(StorageFull.causedBy(new IOException("Connection reset by peer"))).isFalse();
        assertThat(StorageFull.causedBy(new java.sql.SQLException("too many connections", "53300"))).isFalse();
        assertThat(StorageFull.causedBy(new RuntimeException(new IOException((String) null)))).isFalse();
    }

    @Test
    void aRestUploadThatTheMultipartParserCouldNotWriteDownIsAnswered507InTheCallersLanguage() throws Exception {
        UploadLimits.UploadErrors errors = new UploadLimits.UploadErrors(new KadensTranslations(),
                DataSize.ofMegabytes(25));
        MultipartException parse = new MultipartException("Failed to parse multipart servlet request",
                new IOException("No space left on device"));
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            ProblemDetail english = errors.unstorableUpload(parse);
            assertThat(english.getStatus()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE.value());
            assertThat(english.getDetail()).startsWith("The server has no room to store this file")
                    .contains("Nothing was saved");

            LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
            assertThat(errors.unstorableUpload(parse).getDetail()).startsWith("Servern har inte plats att spara filen")
                    .contains("Inget sparades");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        MultipartException malformed = new MultipartException("Failed to parse multipart servlet request",
                new IOException("Stream ended unexpectedly"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors.unstorableUpload(malformed))
                .isSameAs(malformed);
    }
}
