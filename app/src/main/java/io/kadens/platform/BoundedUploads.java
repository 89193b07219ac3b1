package io.kadens.platform;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
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

    private BoundedUploads() {
    }

    /** Like {@code UploadHandler.inMemory(callback)}, refusing any file of more than {@code maxBytes}. */
    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return new Handler(maxBytes, callback);
    }

    private static final class Handler implements UploadHandler {

        private final long maxBytes;
        private final InMemoryUploadCallback callback;

        Handler(long maxBytes, InMemoryUploadCallback callback) {
            this.maxBytes = maxBytes;
            this.callback = callback;
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
            Path temporary = Files.createTempFile("kadens-upload-", ".part");
            try {
                long received = copyAtMost(event.getInputStream(), temporary, maxBytes);
                if (received > maxBytes) {
                    refuse(event, received);
                    return;
                }
                byte[] bytes = Files.readAllBytes(temporary);
                UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
                event.getUI().access(() -> {
                    try {
                        callback.complete(metadata, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        private void refuse(UploadEvent event, long bytes) {
            log.info("Refused upload {} of {} bytes or more: the limit is {} bytes", event.getFileName(), bytes, maxBytes);
            event.reject("The file is larger than " + maxBytes + " bytes.");
        }
    }

    /** Copies until the end or one byte past {@code limit}; returns the bytes copied. */
    static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > limit) {
                    return copied;
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }
}
