package io.kadens.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import io.kadens.frontend.Toast;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vaadin upload handlers that enforce their size limit on the server, whatever the browser's upload
 * component was told: the bytes go to a temporary file while they are counted, and the upload is
 * refused as soon as it passes the limit, so a client that ignores the component's limit fills neither
 * the heap nor the disk. Only a file within the limit is read into memory, for the callback.
 */
public final class BoundedUploads {

    private static final Logger log = LoggerFactory.getLogger(BoundedUploads.class);
    /** Room for the multipart envelope around the file. */
    private static final long ENVELOPE_BYTES = 64 * 1024;
    static final String TOO_LARGE_KEY = "upload.too-large";

    private BoundedUploads() {
    }

    /** Like {@code UploadHandler.inMemory(callback)}, refusing any file of more than {@code maxBytes}. */
    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return new Handler(maxBytes, callback, TemporaryFiles.SYSTEM);
    }

    /** Where an upload is counted on its way in: a new, empty temporary file. */
    @FunctionalInterface
    interface TemporaryFiles {

        TemporaryFiles SYSTEM = () -> Files.createTempFile("kadens-upload-", ".part");

        Path create() throws IOException;
    }

    /** What became of an upload's bytes. */
    sealed interface Received {
    }

    /** All of it, within the limit. */
    record Complete(byte[] bytes) implements Received {
    }

    /** More than the limit: the count when reading stopped. */
    record TooLarge(long bytes) implements Received {
    }

    /** The bytes could not be written down (the disk is full): nothing was kept. */
    record NotStored(IOException cause) implements Received {
    }

    private static final class Handler implements UploadHandler {

        private final long maxBytes;
        private final InMemoryUploadCallback callback;
        private final TemporaryFiles temporaryFiles;

        Handler(long maxBytes, InMemoryUploadCallback callback, TemporaryFiles temporaryFiles) {
            this.maxBytes = maxBytes;
            this.callback = callback;
            this.temporaryFiles = temporaryFiles;
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + ENVELOPE_BYTES;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (event.getFileSize() > maxBytes) {
                refuse(event, event.getFileSize());
                return;
            }
            switch (receive(event.getInputStream(), maxBytes, temporaryFiles)) {
                case TooLarge tooLarge -> refuse(event, tooLarge.bytes());
                case NotStored notStored -> notStored(event, notStored.cause());
                case Complete complete -> {
                    byte[] bytes = complete.bytes();
                    UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(),
                            bytes.length);
                    event.getUI().access(() -> {
                        try {
                            callback.complete(metadata, bytes);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }

        private void refuse(UploadEvent event, long bytes) {
            log.info("Refused upload {} of {} bytes or more: the limit is {} bytes", event.getFileName(), bytes, maxBytes);
            // in the person's language and number format, in megabytes as the upload fields state their limits
            event.reject(event.getUI().getTranslation(TOO_LARGE_KEY, maxBytes / (1024d * 1024d)));
        }

        /** The person is told in their language, in the upload's file list and as a notification. */
        private void notStored(UploadEvent event, IOException cause) {
            log.error("Could not store upload {}: {}", event.getFileName(), cause.toString());
            UI ui = event.getUI();
            String message = ui.getTranslation(StorageFull.MESSAGE_KEY);
            event.reject(message);
            ui.access(() -> Toast.error(message));
        }
    }

    /**
     * Counts an upload into a temporary file and reads it back when it is within {@code limit}. The temporary
     * file is gone afterwards, whatever happened: refused, complete, or not writable (a full disk). A failure
     * to read from the client is not the disk's and is thrown.
     */
    static Received receive(InputStream in, long limit, TemporaryFiles temporaryFiles) throws IOException {
        Path temporary;
        try {
            temporary = temporaryFiles.create();
        } catch (IOException noRoom) {
            in.close();
            return new NotStored(noRoom);
        }
        try {
            long received;
            try {
                received = copyAtMost(in, temporary, limit);
            } catch (WriteFailed failed) {
                return new NotStored(failed.getCause());
            }
            if (received > limit) {
                return new TooLarge(received);
            }
            return new Complete(Files.readAllBytes(temporary));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writing to the temporary file failed, as opposed to reading from the client. */
    private static final class WriteFailed extends IOException {
        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Copies until the end or one byte past {@code limit}; returns the bytes copied. */
    static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = open(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > limit) {
                    return copied;
                }
                try {
                    out.write(buffer, 0, read);
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }
        }
        return copied;
    }

    private static OutputStream open(Path target) throws IOException {
        try {
            return Files.newOutputStream(target);
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
    }
}
