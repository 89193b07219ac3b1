package io.kadens.content;

import static io.kadens.db.Tables.CONTENT_DOCUMENT;
import static io.kadens.db.Tables.CONTENT_INDEXING_JOB;

import io.kadens.db.tables.records.ContentIndexingJobRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to content documents and indexing jobs; row-level security confines it to the bound tenant. */
@Repository
class ContentRepository {

    private final DSLContext db;

    ContentRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ documents

    List<ContentDocumentSummary> documents() {
        return db.select(summaryFields()).from(CONTENT_DOCUMENT)
                .orderBy(CONTENT_DOCUMENT.KIND, CONTENT_DOCUMENT.TITLE)
                .fetch(ContentRepository::toSummary);
    }

    /** Of the given documents, those that exist in the bound tenant: one query for any number. */
    java.util.Set<UUID> existingDocuments(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(db.select(CONTENT_DOCUMENT.ID)
                .from(CONTENT_DOCUMENT).where(CONTENT_DOCUMENT.ID.in(ids)).fetch(CONTENT_DOCUMENT.ID));
    }

    Optional<ContentDocumentSummary> document(UUID id) {
        return db.select(summaryFields()).from(CONTENT_DOCUMENT).where(CONTENT_DOCUMENT.ID.eq(id))
                .fetchOptional(ContentRepository::toSummary);
    }

    Optional<UUID> documentByFileName(String fileName) {
        return db.select(CONTENT_DOCUMENT.ID).from(CONTENT_DOCUMENT)
                .where(org.jooq.impl.DSL.lower(CONTENT_DOCUMENT.FILE_NAME).eq(fileName.toLowerCase()))
                .limit(1).fetchOptional(CONTENT_DOCUMENT.ID);
    }

    Optional<StoredFile> file(UUID id) {
        return db.select(CONTENT_DOCUMENT.FILE_NAME, CONTENT_DOCUMENT.MEDIA_TYPE, CONTENT_DOCUMENT.CONTENT)
                .from(CONTENT_DOCUMENT).where(CONTENT_DOCUMENT.ID.eq(id))
                .fetchOptional(row -> new StoredFile(row.value1(), row.value2(), row.value3()));
    }

    private static List<org.jooq.SelectField<?>> summaryFields() {
        return List.of(CONTENT_DOCUMENT.ID, CONTENT_DOCUMENT.TITLE, CONTENT_DOCUMENT.KIND, CONTENT_DOCUMENT.LANGUAGE,
                CONTENT_DOCUMENT.FILE_NAME, CONTENT_DOCUMENT.MEDIA_TYPE, CONTENT_DOCUMENT.SIZE_BYTES,
                CONTENT_DOCUMENT.CHUNK_COUNT, CONTENT_DOCUMENT.UPLOADED_BY, CONTENT_DOCUMENT.UPLOADED_AT,
                CONTENT_DOCUMENT.VERSION);
    }

    private static ContentDocumentSummary toSummary(Record row) {
        return new ContentDocumentSummary(row.get(CONTENT_DOCUMENT.ID), row.get(CONTENT_DOCUMENT.TITLE),
                DocumentKind.valueOf(row.get(CONTENT_DOCUMENT.KIND)), row.get(CONTENT_DOCUMENT.LANGUAGE),
                row.get(CONTENT_DOCUMENT.FILE_NAME), row.get(CONTENT_DOCUMENT.MEDIA_TYPE),
                row.get(CONTENT_DOCUMENT.SIZE_BYTES), row.get(CONTENT_DOCUMENT.CHUNK_COUNT),
                row.get(CONTENT_DOCUMENT.UPLOADED_BY), null, row.get(CONTENT_DOCUMENT.UPLOADED_AT),
                row.get(CONTENT_DOCUMENT.VERSION));
    }

    /** Creates the document or replaces its file and metadata (a re-upload), from a finished job. */
    @Transactional(propagation = Propagation.MANDATORY)
    void upsertDocument(ContentIndexingJobRecord job, byte[] content, int chunkCount) {
        db.insertInto(CONTENT_DOCUMENT)
                .set(CONTENT_DOCUMENT.ID, job.getDocumentId())
                .set(CONTENT_DOCUMENT.TITLE, job.getTitle())
                .set(CONTENT_DOCUMENT.KIND, job.getKind())
                .set(CONTENT_DOCUMENT.LANGUAGE, job.getLanguage())
                .set(CONTENT_DOCUMENT.FILE_NAME, job.getFileName())
                .set(CONTENT_DOCUMENT.MEDIA_TYPE, job.getMediaType())
                .set(CONTENT_DOCUMENT.SIZE_BYTES, job.getSizeBytes())
                .set(CONTENT_DOCUMENT.SHA256, job.getSha256())
                .set(CONTENT_DOCUMENT.CONTENT, content)
                .set(CONTENT_DOCUMENT.CHUNK_COUNT, chunkCount)
                .set(CONTENT_DOCUMENT.UPLOADED_BY, job.getRequestedBy())
                .set(CONTENT_DOCUMENT.UPLOADED_AT, job.getRequestedAt())
                .onConflict(CONTENT_DOCUMENT.TENANT_ID, CONTENT_DOCUMENT.ID).doUpdate()
                .set(CONTENT_DOCUMENT.TITLE, job.getTitle())
                .set(CONTENT_DOCUMENT.KIND, job.getKind())
                .set(CONTENT_DOCUMENT.LANGUAGE, job.getLanguage())
                .set(CONTENT_DOCUMENT.FILE_NAME, job.getFileName())
                .set(CONTENT_DOCUMENT.MEDIA_TYPE, job.getMediaType())
                .set(CONTENT_DOCUMENT.SIZE_BYTES, job.getSizeBytes())
                .set(CONTENT_DOCUMENT.SHA256, job.getSha256())
                .set(CONTENT_DOCUMENT.CONTENT, content)
                .set(CONTENT_DOCUMENT.CHUNK_COUNT, chunkCount)
                .set(CONTENT_DOCUMENT.UPLOADED_BY, job.getRequestedBy())
                .set(CONTENT_DOCUMENT.UPLOADED_AT, job.getRequestedAt())
                .set(CONTENT_DOCUMENT.VERSION, CONTENT_DOCUMENT.VERSION.plus(1))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteDocument(UUID id) {
        db.deleteFrom(CONTENT_INDEXING_JOB).where(CONTENT_INDEXING_JOB.DOCUMENT_ID.eq(id)).execute();
        return db.deleteFrom(CONTENT_DOCUMENT).where(CONTENT_DOCUMENT.ID.eq(id)).execute();
    }

    // ------------------------------------------------------------------ jobs

    @Transactional(propagation = Propagation.MANDATORY)
    void insertJob(ContentIndexingJobRecord job) {
        db.insertInto(CONTENT_INDEXING_JOB).set(job).execute();
    }

    boolean hasActiveJob(UUID documentId) {
        return db.fetchExists(CONTENT_INDEXING_JOB, CONTENT_INDEXING_JOB.DOCUMENT_ID.eq(documentId)
                .and(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING")));
    }

    /** QUEUED -> RUNNING; false when someone else claimed it or it is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(UUID jobId) {
        return db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.STATUS, "RUNNING")
                .set(CONTENT_INDEXING_JOB.HEARTBEAT_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.ID.eq(jobId)).and(CONTENT_INDEXING_JOB.STATUS.eq("QUEUED"))
                .execute() == 1;
    }

    Optional<ContentIndexingJobRecord> job(UUID jobId) {
        return db.selectFrom(CONTENT_INDEXING_JOB).where(CONTENT_INDEXING_JOB.ID.eq(jobId)).fetchOptional();
    }

    /** Locks the job row for the final transaction; empty when the document was deleted meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ContentIndexingJobRecord> lockRunningJob(UUID jobId) {
        return db.selectFrom(CONTENT_INDEXING_JOB).where(CONTENT_INDEXING_JOB.ID.eq(jobId))
                .and(CONTENT_INDEXING_JOB.STATUS.eq("RUNNING")).forUpdate().fetchOptional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void progress(UUID jobId, int done, int total) {
        db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.CHUNKS_TOTAL, total)
                .set(CONTENT_INDEXING_JOB.CHUNKS_DONE, Math.min(done, total))
                .set(CONTENT_INDEXING_JOB.HEARTBEAT_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.ID.eq(jobId)).and(CONTENT_INDEXING_JOB.STATUS.eq("RUNNING"))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void finish(UUID jobId, int chunks) {
        db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.STATUS, "DONE")
                .set(CONTENT_INDEXING_JOB.CHUNKS_TOTAL, chunks)
                .set(CONTENT_INDEXING_JOB.CHUNKS_DONE, chunks)
                .set(CONTENT_INDEXING_JOB.CONTENT, (byte[]) null)
                .set(CONTENT_INDEXING_JOB.FINISHED_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.ID.eq(jobId))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void fail(UUID jobId, String failureKey) {
        db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.STATUS, "FAILED")
                .set(CONTENT_INDEXING_JOB.FAILURE, failureKey)
                .set(CONTENT_INDEXING_JOB.CONTENT, (byte[]) null)
                .set(CONTENT_INDEXING_JOB.FINISHED_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.ID.eq(jobId)).and(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING"))
                .execute();
    }

    /** Keeps the heartbeat of jobs this node holds (waiting in its queue or running) fresh. */
    @Transactional(propagation = Propagation.MANDATORY)
    int touch(java.util.Collection<UUID> jobIds) {
        return db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.HEARTBEAT_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.ID.in(jobIds)).and(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING"))
                .execute();
    }

    /** A waiting or running job nobody has kept alive since {@code heartbeatBefore}, with how often it was resumed. */
    record AbandonedJob(UUID id, int resumes) {
    }

    List<AbandonedJob> abandoned(OffsetDateTime heartbeatBefore) {
        return db.select(CONTENT_INDEXING_JOB.ID, CONTENT_INDEXING_JOB.RESUMES).from(CONTENT_INDEXING_JOB)
                .where(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING"))
                .and(CONTENT_INDEXING_JOB.HEARTBEAT_AT.lt(heartbeatBefore))
                .orderBy(CONTENT_INDEXING_JOB.REQUESTED_AT)
                .fetch(row -> new AbandonedJob(row.value1(), row.value2()));
    }

    /**
     * Takes an abandoned job over: back to QUEUED with a fresh heartbeat and one more resumption. False when
     * another node took it first (its heartbeat is no longer old) or it ended meanwhile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean takeOver(UUID jobId, OffsetDateTime heartbeatBefore) {
        return db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.STATUS, "QUEUED")
                .set(CONTENT_INDEXING_JOB.HEARTBEAT_AT, OffsetDateTime.now())
                .set(CONTENT_INDEXING_JOB.RESUMES, CONTENT_INDEXING_JOB.RESUMES.plus(1))
                .where(CONTENT_INDEXING_JOB.ID.eq(jobId))
                .and(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING"))
                .and(CONTENT_INDEXING_JOB.HEARTBEAT_AT.lt(heartbeatBefore))
                .execute() == 1;
    }

    /** Jobs whose node went away: no heartbeat for a while. They fail visibly rather than spin forever. */
    @Transactional(propagation = Propagation.MANDATORY)
    int failStale(OffsetDateTime heartbeatBefore) {
        return db.update(CONTENT_INDEXING_JOB)
                .set(CONTENT_INDEXING_JOB.STATUS, "FAILED")
                .set(CONTENT_INDEXING_JOB.FAILURE, "content.job.interrupted")
                .set(CONTENT_INDEXING_JOB.CONTENT, (byte[]) null)
                .set(CONTENT_INDEXING_JOB.FINISHED_AT, OffsetDateTime.now())
                .where(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING"))
                .and(CONTENT_INDEXING_JOB.HEARTBEAT_AT.lt(heartbeatBefore))
                .execute();
    }

    List<IndexingJob> recentJobs(OffsetDateTime since, int limit) {
        return db.selectFrom(CONTENT_INDEXING_JOB)
                .where(CONTENT_INDEXING_JOB.STATUS.in("QUEUED", "RUNNING", "FAILED")
                        .or(CONTENT_INDEXING_JOB.FINISHED_AT.ge(since)))
                .orderBy(CONTENT_INDEXING_JOB.REQUESTED_AT.desc())
                .limit(limit)
                .fetch(ContentRepository::toJob);
    }

    Optional<IndexingJob> jobView(UUID jobId) {
        return job(jobId).map(ContentRepository::toJob);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int dismissJob(UUID jobId) {
        return db.deleteFrom(CONTENT_INDEXING_JOB).where(CONTENT_INDEXING_JOB.ID.eq(jobId))
                .and(CONTENT_INDEXING_JOB.STATUS.in("DONE", "FAILED")).execute();
    }

    private static IndexingJob toJob(ContentIndexingJobRecord row) {
        return new IndexingJob(row.getId(), row.getDocumentId(), row.getTitle(), DocumentKind.valueOf(row.getKind()),
                row.getLanguage(), row.getFileName(), IndexingJob.Status.valueOf(row.getStatus()),
                row.getChunksDone(), row.getChunksTotal(), row.getFailure(), row.getRequestedAt(),
                row.getFinishedAt());
    }
}
