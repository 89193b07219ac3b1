package io.kadens.content;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One upload being parsed, embedded and indexed in the background; after a failure it stays
 * visible with its reason (an i18n key) until the admin dismisses it.
 */
public record IndexingJob(UUID id, UUID documentId, String title, DocumentKind kind, String language,
                          String fileName, Status status, int chunksDone, int chunksTotal, String failureKey,
                          OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public boolean active() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** 0..1 for a progress bar. */
    public double fraction() {
        if (status == Status.DONE) {
            return 1;
        }
        return chunksTotal == 0 ? 0 : Math.min(1, (double) chunksDone / chunksTotal);
    }
}
