package io.kadens.content;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.Languages;
import io.kadens.ai.SourceRef;
import io.kadens.audit.AuditLog;
import io.kadens.content.StructuralChunker.Chunk;
import io.kadens.db.tables.records.ContentIndexingJobRecord;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.StorageFull;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.TransactionTenant;
import jakarta.annotation.PreDestroy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company's content library: HR admins upload documents about values, competencies, career
 * ladders, policies and objectives; Kadens parses them, splits them along their headings, and embeds
 * and indexes the chunks in the background for retrieval.
 *
 * <p>What is checked before anything is stored: the size limit, that the content really is the
 * type the file name claims, that a PDF is not encrypted and has text. Such a file is refused at
 * once with a message at the file field. An accepted file becomes an indexing job; the job's last
 * transaction writes the document row, its chunks and the job's end together, so a document is
 * either fully indexed or not there (a re-upload that fails leaves the previous version intact).
 * A failed job stays visible with its reason.
 *
 * <p>A job survives its node: the job row keeps the uploaded bytes until it ends, and the node that holds
 * a job (waiting in its queue or running) keeps the job's heartbeat fresh. When the heartbeat is older
 * than {@code kadens.content.job-lease}, the node is gone (killed, restarted) and the cluster's recovery
 * round ({@link #resumeAbandonedInBoundTenant}) lets this or another node take the job over and run it
 * again from the start; only the last transaction writes chunks, so they are stored once. A job resumed
 * {@value #MAX_RESUMES} times fails visibly instead (a document that kills every node that reads it).
 */
@Service
public class ContentLibrary {

    /** The source type of company content chunks in the knowledge index. */
    public static final String SOURCE_TYPE = io.kadens.ai.SourceTypes.COMPANY_CONTENT;

    /** A job without a heartbeat for this long belonged to a node that went away. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);
    /** Finished jobs stay on the admin's screen this long, so the bar is seen reaching its end. */
    static final Duration SHOW_FINISHED_FOR = Duration.ofHours(12);
    /** How often a job is taken over after its node went away before it fails. */
    static final int MAX_RESUMES = 3;

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    private final ContentRepository repository;
    private final KnowledgeIndex index;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final AuditLog audit;
    private final TransactionTenant transactionTenant;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separateTransactions;
    private final TransactionTemplate reads;
    private final StructuralChunker chunker = new StructuralChunker();
    private final long maxUploadBytes;
    private final DocumentReading reading;
    private final DocumentParsers.Limits limits;
    /** One job at a time per node: embedding is CPU-bound and the machine's cores are shared with requests. */
    private final ExecutorService indexing = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("content-indexing").daemon(true).factory());
    /** The jobs this node holds, waiting in {@link #indexing} or running, with their tenant: it keeps them alive. */
    private final Map<UUID, TenantId> heldJobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("content-indexing-heartbeat").daemon(true).factory());
    private final Duration jobLease;

    ContentLibrary(ContentRepository repository, KnowledgeIndex index, CurrentUser currentUser, PeopleService people,
                   AuditLog audit, TransactionTenant transactionTenant, PlatformTransactionManager transactionManager,
                   @Value("${kadens.content.max-upload-bytes:10485760}") long maxUploadBytes,
                   DocumentReading reading,
                   @Value("${kadens.content.max-pdf-pages:1000}") int maxPdfPages,
                   @Value("${kadens.content.max-docx-expanded-bytes:33554432}") long maxExpandedBytes,
                   @Value("${kadens.content.job-lease:PT1M}") Duration jobLease) {
        this.repository = repository;
        this.index = index;
        this.currentUser = currentUser;
        this.people = people;
        this.audit = audit;
        this.transactionTenant = transactionTenant;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separateTransactions = new TransactionTemplate(transactionManager);
        this.separateTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.maxUploadBytes = maxUploadBytes;
        this.reading = reading;
        this.limits = new DocumentParsers.Limits(maxUploadBytes, maxPdfPages, maxExpandedBytes, reading.maxTime());
        this.jobLease = jobLease.compareTo(Duration.ofSeconds(4)) < 0 ? Duration.ofSeconds(4) : jobLease;
        // Four beats per lease: a node that is merely busy (a long GC, a slow commit) is never taken for gone.
        long beat = this.jobLease.toMillis() / 4;
        heartbeats.scheduleWithFixedDelay(this::keepHeldJobsAlive, beat, beat, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
        indexing.shutdownNow();
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    // ------------------------------------------------------------------ reading

    /** The tenant's indexed documents; every employee may see what company content exists. */
    public List<ContentDocumentSummary> documents() {
        requireTenantUser();
        List<ContentDocumentSummary> documents = reads.execute(status -> repository.documents());
        Map<UUID, String> names = new HashMap<>();
        return documents.stream().map(d -> new ContentDocumentSummary(d.id(), d.title(), d.kind(), d.language(),
                d.fileName(), d.mediaType(), d.sizeBytes(), d.chunkCount(), d.uploadedBy(),
                names.computeIfAbsent(d.uploadedBy(), this::nameOf), d.uploadedAt(), d.version())).toList();
    }

    public Optional<ContentDocumentSummary> document(UUID id) {
        requireTenantUser();
        return reads.execute(status -> repository.document(id));
    }

    public Optional<StoredFile> file(UUID id) {
        requireTenantUser();
        return reads.execute(status -> repository.file(id));
    }

    /**
     * A stored document reduced to its headings and paragraphs (list items start with "•"), as indexing reads
     * it: what a competency framework import proposes competencies from.
     */
    public Optional<ParsedDocument> structure(UUID id) {
        requireTenantUser();
        return reads.execute(status -> repository.file(id))
                .map(file -> DocumentParsers.parse(file.fileName(), file.content(), limits));
    }

    /**
     * Of the given documents, those the signed-in person may open, by the rule of {@link #document}:
     * every person of the tenant sees all of its content, the operator none. One query for any number
     * (knowledge search and AI citations check a page of hits at once).
     */
    public java.util.Set<UUID> openable(java.util.Collection<UUID> documentIds) {
        if (documentIds.isEmpty() || currentUser.get().map(KadensUser::isOperator).orElse(false)) {
            return java.util.Set.of();
        }
        requireTenantUser();
        java.util.Set<UUID> found = reads.execute(status -> repository.existingDocuments(documentIds));
        return found == null ? java.util.Set.of() : found;
    }

    /** Jobs waiting, running or failed, and those finished recently; HR admins only. */
    public List<IndexingJob> jobs() {
        requireAdministrator();
        transactions.executeWithoutResult(status -> repository.failStale(OffsetDateTime.now().minus(STALE_AFTER)));
        return reads.execute(status -> repository.recentJobs(OffsetDateTime.now().minus(SHOW_FINISHED_FOR), 50));
    }

    public Optional<IndexingJob> job(UUID jobId) {
        requireAdministrator();
        return reads.execute(status -> repository.jobView(jobId));
    }

    /** How many chunks of a document the knowledge index holds (what retrieval can find). */
    public int indexedChunks(UUID documentId) {
        requireTenantUser();
        return index.chunkCount(SourceRef.of(SOURCE_TYPE, documentId));
    }

    private String nameOf(UUID personId) {
        return personId == null ? "" : people.find(personId).map(DirectoryEntry::fullName).orElse("");
    }

    // ------------------------------------------------------------------ changing

    /**
     * Checks and queues a file for indexing. Refused files throw {@link InvalidInputException} for the
     * field {@code file} (or {@code kind}) and leave nothing behind.
     */
    public IndexingJob upload(ContentUpload upload) {
        KadensUser admin = requireAdministrator();
        return queue(upload, admin.personId());
    }

    /** For system work in an explicit {@link TenantScope} (demo seeding): the upload is made in that person's name. */
    public IndexingJob uploadOnBehalfOf(UUID personId, ContentUpload upload) {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("only system work uploads on someone's behalf");
        }
        return queue(upload, personId);
    }

    private IndexingJob queue(ContentUpload upload, UUID requestedBy) {
        String fileName = upload.fileName() == null ? "" : upload.fileName().strip();
        var errors = new InvalidInputException.Collector();
        errors.check(upload.kind() != null, "kind", "content.kind.required");
        errors.check(upload.language() == null || Languages.SUPPORTED.contains(upload.language()), "language",
                "content.language.invalid");
        errors.check(upload.title() == null || upload.title().strip().length() <= 200, "title", "content.title.too-long");
        errors.throwIfAny();
        ParsedDocument parsed;
        try {
            parsed = reading.read(uploadingTenant(), () -> DocumentParsers.parse(fileName, upload.content(), limits));
        } catch (UnreadableDocumentException refused) {
            log.info("Refused upload {}: {}", fileName, refused.getMessage());
            throw InvalidInputException.of("file", refused.messageKey());
        }
        List<Chunk> chunks = chunker.chunk(parsed);
        String language = upload.language() != null ? upload.language() : LanguageGuess.of(parsed.plainText());
        String title = firstNonBlank(upload.title(), parsed.title(), withoutExtension(fileName));
        DocumentFormat format = DocumentParsers.format(fileName);

        UUID jobId = UUID.randomUUID();
        TenantId tenant = transactions.execute(status -> {
            UUID documentId;
            if (upload.replaces() != null) {
                documentId = repository.document(upload.replaces()).map(ContentDocumentSummary::id)
                        .orElseThrow(() -> InvalidInputException.of("file", "content.document.not-found"));
            } else {
                documentId = repository.documentByFileName(fileName).orElseGet(UUID::randomUUID);
            }
            if (repository.hasActiveJob(documentId)) {
                throw InvalidInputException.of("file", "content.file.already-indexing");
            }
            OffsetDateTime now = OffsetDateTime.now();
            ContentIndexingJobRecord job = new ContentIndexingJobRecord();
            job.setId(jobId);
            job.setDocumentId(documentId);
            job.setTitle(title);
            job.setKind(upload.kind().name());
            job.setLanguage(language);
            job.setFileName(fileName);
            job.setMediaType(format.mediaType());
            job.setSizeBytes(upload.content().length);
            job.setSha256(sha256(upload.content()));
            job.setContent(upload.content());
            job.setStatus(IndexingJob.Status.QUEUED.name());
            job.setChunksTotal(chunks.size());
            job.setChunksDone(0);
            job.setRequestedBy(requestedBy);
            job.setRequestedAt(now);
            job.setHeartbeatAt(now);
            repository.insertJob(job);
            audit.record("content.upload.queued", "content_document", documentId.toString(), null,
                    Map.of("title", title, "fileName", fileName, "kind", upload.kind().name(), "language", language,
                            "chunks", chunks.size()));
            return transactionTenant.require();
        });
        submitAfterCommit(tenant, jobId);
        return reads.execute(status -> repository.jobView(jobId)).orElseThrow();
    }

    /** Deletes the document, its file and every one of its chunks, together. */
    public void delete(UUID documentId) {
        requireAdministrator();
        transactions.executeWithoutResult(status -> {
            ContentDocumentSummary before = repository.document(documentId)
                    .orElseThrow(() -> InvalidInputException.of("document", "content.document.not-found"));
            index.deleteSource(SourceRef.of(SOURCE_TYPE, documentId));
            repository.deleteDocument(documentId);
            audit.record("content.document.deleted", "content_document", documentId.toString(), before, null);
        });
    }

    /** Removes a finished or failed job from the list. */
    public void dismiss(UUID jobId) {
        requireAdministrator();
        transactions.executeWithoutResult(status -> repository.dismissJob(jobId));
    }

    // ------------------------------------------------------------------ the background job

    private void submitAfterCommit(TenantId tenant, UUID jobId) {
        Runnable submit = () -> submit(tenant, jobId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
    }

    /** Queues a job on this node, which keeps it alive from now until it ends here. */
    private void submit(TenantId tenant, UUID jobId) {
        heldJobs.put(jobId, tenant);
        try {
            indexing.execute(() -> {
                try {
                    TenantScope.run(tenant, () -> run(jobId));
                } finally {
                    heldJobs.remove(jobId);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            // The node is stopping: the job's heartbeat runs out and another node (or this one, restarted) takes it.
            heldJobs.remove(jobId);
        }
    }

    private void keepHeldJobsAlive() {
        Map<TenantId, List<UUID>> byTenant = new HashMap<>();
        heldJobs.forEach((jobId, tenant) -> byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(jobId));
        byTenant.forEach((tenant, jobIds) -> {
            try {
                TenantScope.run(tenant, () -> transactions.executeWithoutResult(status -> repository.touch(jobIds)));
            } catch (RuntimeException e) {
                // The next beat tries again; the lease is four beats long.
                log.warn("Could not keep the heartbeat of indexing jobs {}: {}", jobIds, e.toString());
            }
        });
    }

    /**
     * The recovery round for the bound tenant (a cluster task runs it, once per cluster): takes over every
     * waiting or running job whose node let its heartbeat run out, and runs it here; one resumed too often fails.
     */
    public void resumeAbandonedInBoundTenant() {
        OffsetDateTime heartbeatBefore = OffsetDateTime.now().minus(jobLease);
        List<ContentRepository.AbandonedJob> abandoned = reads.execute(status -> repository.abandoned(heartbeatBefore));
        for (ContentRepository.AbandonedJob job : abandoned == null ? List.<ContentRepository.AbandonedJob>of() : abandoned) {
            if (heldJobs.containsKey(job.id())) {
                continue;
            }
            if (job.resumes() >= MAX_RESUMES) {
                log.warn("Indexing job {} was taken over {} times after its node went away; it fails", job.id(),
                        job.resumes());
                transactions.executeWithoutResult(status -> repository.fail(job.id(), "content.job.interrupted"));
                continue;
            }
            TenantId tenant = transactions.execute(status -> repository.takeOver(job.id(), heartbeatBefore)
                    ? transactionTenant.require() : null);
            if (tenant != null) {
                log.info("Resuming indexing job {}: its node went away (resumption {})", job.id(), job.resumes() + 1);
                submit(tenant, job.id());
            }
        }
    }

    /** Runs one job in the job's tenant scope; a failure is recorded on the job, never thrown. */
    void run(UUID jobId) {
        try {
            Boolean claimed = transactions.execute(status -> repository.claim(jobId));
            if (!Boolean.TRUE.equals(claimed)) {
                return;
            }
            ContentIndexingJobRecord job = reads.execute(status -> repository.job(jobId)).orElseThrow();
            // Read once already, within the limits, when it was uploaded; the limits hold here as well.
            ParsedDocument parsed = DocumentParsers.parse(job.getFileName(), job.getContent(),
                    new DocumentParsers.Limits(Long.MAX_VALUE, limits.maxPdfPages(), limits.maxExpandedBytes(),
                            limits.maxTime()));
            List<ChunkDraft> drafts = drafts(job, chunker.chunk(parsed));
            // Embedding runs first, with no connection held (it takes seconds to minutes), and reports progress
            // in transactions of its own, so the admin sees the bar move; the chunks are then written in one
            // transaction, with the document row.
            KnowledgeIndex.EmbeddedChunks embedded = index.embed(drafts, (done, total) ->
                    separateTransactions.executeWithoutResult(progress -> repository.progress(jobId, done, total)));
            transactions.executeWithoutResult(status -> {
                int stored = index.replaceSource(SourceRef.of(SOURCE_TYPE, job.getDocumentId()), embedded);
                if (repository.lockRunningJob(jobId).isEmpty()) {
                    // The document was deleted (or the job dismissed) meanwhile: store nothing.
                    status.setRollbackOnly();
                    return;
                }
                repository.upsertDocument(job, job.getContent(), stored);
                repository.finish(jobId, stored);
                audit.recordAs("Kadens indexing", "content.document.indexed", "content_document",
                        job.getDocumentId().toString(), null,
                        Map.of("title", job.getTitle(), "fileName", job.getFileName(), "chunks", stored));
            });
        } catch (RuntimeException failure) {
            // A full disk rolled the document and its chunks back together; the admin is told so, not "failed".
            String reason = failure instanceof UnreadableDocumentException unreadable ? unreadable.messageKey()
                    : StorageFull.causedBy(failure) ? StorageFull.MESSAGE_KEY : "content.job.failed";
            log.warn("Indexing job {} failed: {}", jobId, failure.toString(), failure);
            try {
                transactions.executeWithoutResult(status -> repository.fail(jobId, reason));
            } catch (RuntimeException alsoFailed) {
                log.error("Could not record the failure of indexing job {}", jobId, alsoFailed);
            }
        }
    }

    private static List<ChunkDraft> drafts(ContentIndexingJobRecord job, List<Chunk> chunks) {
        List<ChunkDraft> drafts = new ArrayList<>(chunks.size());
        boolean framework = DocumentKind.COMPETENCY_FRAMEWORK.name().equals(job.getKind());
        for (Chunk chunk : chunks) {
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(ChunkDraft.TITLE, job.getTitle());
            metadata.put(ChunkDraft.HEADING, String.join(" › ", chunk.headingPath()));
            metadata.put(ChunkDraft.LINK, "api/v1/content/documents/" + job.getDocumentId() + "/file");
            metadata.put("kind", job.getKind());
            // In a competency framework, the sections are the competencies: retrieval can filter by them.
            List<String> competencies = framework ? chunk.headingPath().stream()
                    .filter(heading -> !heading.equals(job.getTitle()))
                    .map(heading -> heading.toLowerCase(Locale.ROOT)).toList() : List.of();
            drafts.add(new ChunkDraft(chunk.text(), job.getLanguage(), competencies, metadata));
        }
        return drafts;
    }

    // ------------------------------------------------------------------ helpers

    /** The tenant whose share of the reading pool an upload uses: the explicit scope's (seeding) or the user's. */
    private UUID uploadingTenant() {
        return TenantScope.explicitTenant()
                .or(() -> currentUser.get().flatMap(KadensUser::tenant))
                .map(TenantId::value)
                .orElseThrow(() -> new AccessDeniedException("no tenant"));
    }

    private KadensUser requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return null;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's content");
        }
        return user;
    }

    private KadensUser requireAdministrator() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage company content");
        }
        return user;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "?";
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
