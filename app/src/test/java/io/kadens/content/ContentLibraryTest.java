package io.kadens.content;

import static io.kadens.content.ContentFixtures.PdfLine.h;
import static io.kadens.content.ContentFixtures.PdfLine.p;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceRef;
import io.kadens.db.tables.records.ContentIndexingJobRecord;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading company content end to end against the real database and the in-process embedding
 * model: background indexing, re-upload, delete, refused files that leave nothing behind, a failed
 * job that says why, and tenant isolation.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentLibraryTest {

    @Autowired
    ContentLibrary library;
    @Autowired
    ContentRepository repository;
    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;
    @Autowired
    ContentPersonalData personalData;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company a;
    Company b;

    @BeforeAll
    void companies() {
        a = tenants.create("contenta");
        b = tenants.create("contentb");
    }

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private IndexingJob awaitEnd(Company company, UUID jobId) {
        return await("indexing job " + jobId + " to finish").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> asAdmin(company, () -> library.job(jobId)).orElseThrow(), job -> !job.active());
    }

    private ContentUpload markdown(String fileName, String text, DocumentKind kind) {
        return new ContentUpload(fileName, ContentFixtures.utf8(text), kind, null, null, null);
    }

    private List<KnowledgeHit> search(Company company, String query) {
        return signedIn(as(company, company.employee()), () -> index.search(
                new KnowledgeQuery(query, 10, Set.of(ContentLibrary.SOURCE_TYPE), null, null)));
    }

    private <T> T inTenant(Company company, Supplier<T> work) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    private int chunks(Company company, UUID documentId) {
        return signedIn(as(company, company.employee()), () -> library.indexedChunks(documentId));
    }

    @Test
    void anUploadIsIndexedInTheBackgroundWithItsStructure() {
        IndexingJob queued = asAdmin(a, () -> library.upload(
                markdown("kompetensramverk.md", ContentFixtures.COMPETENCY_FRAMEWORK_SV, DocumentKind.COMPETENCY_FRAMEWORK)));
        assertThat(queued.chunksTotal()).isEqualTo(4);

        IndexingJob done = awaitEnd(a, queued.id());
        assertThat(done.status()).isEqualTo(IndexingJob.Status.DONE);
        assertThat(done.chunksDone()).isEqualTo(4).isEqualTo(done.chunksTotal());

        ContentDocumentSummary document = asAdmin(a, () -> library.document(done.documentId())).orElseThrow();
        assertThat(document.title()).isEqualTo("Kompetensramverk");
        assertThat(document.language()).isEqualTo("sv");
        assertThat(document.kind()).isEqualTo(DocumentKind.COMPETENCY_FRAMEWORK);
        assertThat(document.chunkCount()).isEqualTo(4).isEqualTo(chunks(a, document.id()));
        assertThat(asAdmin(a, () -> library.documents())).extracting(ContentDocumentSummary::uploadedByName)
                .contains(a.hrAdmin().givenName() + " " + a.hrAdmin().familyName());

        List<KnowledgeHit> hits = search(a, "coachande ledare ställer öppna frågor");
        assertThat(hits).isNotEmpty();
        KnowledgeHit best = hits.getFirst();
        assertThat(best.source()).isEqualTo(SourceRef.of(ContentLibrary.SOURCE_TYPE, document.id()));
        assertThat(best.text()).startsWith("Kompetensramverk › Ledarskap › Coachning\n");
        assertThat(best.competencies()).contains("coachning");
        assertThat(asAdmin(a, () -> library.file(document.id()))).get()
                .extracting(StoredFile::fileName).isEqualTo("kompetensramverk.md");
    }

    @Test
    void reUploadingTheSameDocumentReplacesItsChunks() {
        IndexingJob first = awaitEnd(a, asAdmin(a, () -> library.upload(markdown("travel-policy.md", """
                # Travel policy
                ## Trains
                Book trains for journeys under five hours; the zebra rule applies to everyone.
                ## Flights
                Flights need the approval of your manager.
                """, DocumentKind.POLICY))).id());
        UUID documentId = first.documentId();
        assertThat(chunks(a, documentId)).isEqualTo(2);
        assertThat(search(a, "zebra")).extracting(KnowledgeHit::text).anyMatch(t -> t.contains("zebra"));

        IndexingJob second = awaitEnd(a, asAdmin(a, () -> library.upload(markdown("travel-policy.md", """
                # Travel policy
                ## Trains
                Book trains for journeys under six hours.
                ## Flights
                Flights need the approval of your manager.
                ## Hotels
                Book hotels through the travel desk.
                """, DocumentKind.POLICY))).id());
        assertThat(second.status()).isEqualTo(IndexingJob.Status.DONE);
        assertThat(second.documentId()).isEqualTo(documentId);
        assertThat(chunks(a, documentId)).isEqualTo(3);
        assertThat(asAdmin(a, () -> library.documents())).filteredOn(d -> d.fileName().equals("travel-policy.md"))
                .singleElement().satisfies(d -> assertThat(d.chunkCount()).isEqualTo(3));
        assertThat(search(a, "zebra")).extracting(KnowledgeHit::text).noneMatch(t -> t.contains("zebra"));
    }

    @Test
    void aPersonsDataExportNamesTheDocumentsTheyUploadedButNotTheFiles() {
        IndexingJob done = awaitEnd(a, asAdmin(a, () -> library.upload(markdown("expenses-policy.md", """
                # Expenses
                Receipts are scanned within a week.
                """, DocumentKind.POLICY))).id());

        var export = inTenant(a, () -> personalData.export(a.hrAdmin().id()));
        var nobody = inTenant(a, () -> personalData.export(a.employee().id()));

        assertThat(export).containsOnlyKeys("content-uploads");
        assertThat((List<?>) export.get("content-uploads")).anySatisfy(upload ->
                assertThat(upload).isInstanceOfSatisfying(ContentPersonalData.Upload.class, u -> {
                    assertThat(u.documentId()).isEqualTo(done.documentId());
                    assertThat(u.fileName()).isEqualTo("expenses-policy.md");
                }));
        assertThat(export.toString()).doesNotContain("Receipts are scanned");
        assertThat(nobody).as("someone who uploaded nothing adds no part").isEmpty();
    }

    @Test
    void deleteRemovesTheDocumentAndEveryChunk() {
        IndexingJob done = awaitEnd(a, asAdmin(a, () -> library.upload(new ContentUpload("values.pdf",
                ContentFixtures.pdf(List.of(h("Our values"), h("Courage"), p("We speak up when something is wrong."),
                        h("Care"), p("We look after each other and our customers."))),
                DocumentKind.VALUES, "en", "Values", null))).id());
        UUID documentId = done.documentId();
        assertThat(chunks(a, documentId)).isEqualTo(2);

        asAdmin(a, () -> {
            library.delete(documentId);
            return null;
        });
        assertThat(chunks(a, documentId)).isZero();
        assertThat(asAdmin(a, () -> library.document(documentId))).isEmpty();
        assertThat(asAdmin(a, () -> library.file(documentId))).isEmpty();
        assertThat(asAdmin(a, () -> library.jobs())).noneMatch(job -> job.documentId().equals(documentId));
        assertThatThrownBy(() -> asAdmin(a, () -> {
            library.delete(documentId);
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusedFilesLeaveNothingBehind() {
        Company c = tenants.create("contentbad");
        List<ContentUpload> bad = List.of(
                new ContentUpload("secret.pdf", ContentFixtures.encryptedPdf(List.of(h("Secret"), p("Hidden text."))),
                        DocumentKind.POLICY, null, null, null),
                new ContentUpload("scan.pdf", ContentFixtures.imageOnlyPdf(), DocumentKind.POLICY, null, null, null),
                new ContentUpload("huge.txt", new byte[(int) library.maxUploadBytes() + 1], DocumentKind.POLICY, null,
                        null, null),
                new ContentUpload("photo.pdf", ContentFixtures.png(), DocumentKind.VALUES, null, null, null),
                new ContentUpload("report.md", ContentFixtures.pdf(List.of(h("Report"), p("Some text here."))),
                        DocumentKind.VALUES, null, null, null));
        List<String> expected = List.of("content.file.pdf-encrypted", "content.file.pdf-no-text",
                "content.file.too-large", "content.file.not-pdf", "content.file.not-text");
        for (int i = 0; i < bad.size(); i++) {
            ContentUpload upload = bad.get(i);
            String key = expected.get(i);
            assertThatThrownBy(() -> asAdmin(c, () -> library.upload(upload))).as(upload.fileName())
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("file", key));
        }
        assertThat(asAdmin(c, () -> library.jobs())).isEmpty();
        assertThat(asAdmin(c, () -> library.documents())).isEmpty();
        assertThat(search(c, "secret hidden report text")).isEmpty();
    }

    /** A job left RUNNING by a node that went away (killed mid-embedding): its heartbeat is old. */
    private UUID abandonedJob(Company company, UUID documentId, int resumes) {
        UUID jobId = UUID.randomUUID();
        byte[] content = ContentFixtures.utf8("""
                # Onboarding checklist
                ## First day
                Meet your buddy and set up your laptop.
                ## First week
                Agree on goals for your first month with your manager.
                """);
        TenantScope.run(company.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ContentIndexingJobRecord job = new ContentIndexingJobRecord();
            job.setTenantId(company.id().value());
            job.setId(jobId);
            job.setDocumentId(documentId);
            job.setTitle("Onboarding checklist");
            job.setKind(DocumentKind.POLICY.name());
            job.setLanguage("en");
            job.setFileName("onboarding-" + jobId + ".md");
            job.setMediaType("text/markdown");
            job.setSizeBytes(content.length);
            job.setSha256("-");
            job.setContent(content);
            job.setStatus("RUNNING");
            job.setChunksTotal(2);
            job.setChunksDone(1);
            job.setRequestedBy(company.hrAdmin().id());
            job.setRequestedAt(OffsetDateTime.now().minusMinutes(30));
            job.setHeartbeatAt(OffsetDateTime.now().minusMinutes(20));
            job.setResumes(resumes);
            repository.insertJob(job);
        }));
        return jobId;
    }

    @Test
    void aJobWhoseNodeWentAwayIsTakenOverAndStoresEachChunkOnce() {
        UUID documentId = UUID.randomUUID();
        UUID jobId = abandonedJob(a, documentId, 0);

        TenantScope.run(a.id(), library::resumeAbandonedInBoundTenant);

        IndexingJob done = awaitEnd(a, jobId);
        assertThat(done.status()).isEqualTo(IndexingJob.Status.DONE);
        assertThat(chunks(a, documentId)).isEqualTo(2);
        assertThat(inTenant(a, () -> repository.job(jobId)).orElseThrow().getResumes()).isEqualTo(1);
        // A second round finds nothing to take over: the job ended, and its chunks stay once.
        TenantScope.run(a.id(), library::resumeAbandonedInBoundTenant);
        assertThat(chunks(a, documentId)).isEqualTo(2);
        // The other tenant's round does not see it.
        assertThat(inTenant(b, () -> repository.abandoned(OffsetDateTime.now()))).isEmpty();
    }

    @Test
    void aJobTakenOverTooOftenFailsVisiblyInsteadOfLooping() {
        UUID documentId = UUID.randomUUID();
        UUID jobId = abandonedJob(a, documentId, ContentLibrary.MAX_RESUMES);

        TenantScope.run(a.id(), library::resumeAbandonedInBoundTenant);

        IndexingJob failed = asAdmin(a, () -> library.job(jobId)).orElseThrow();
        assertThat(failed.status()).isEqualTo(IndexingJob.Status.FAILED);
        assertThat(failed.failureKey()).isEqualTo("content.job.interrupted");
        assertThat(chunks(a, documentId)).isZero();
    }

    @Test
    void aJobThatFailsInTheBackgroundSaysWhyAndStoresNothing() {
        // A job whose stored file turns out unreadable when the job runs (here: put in place directly).
        UUID jobId = UUID.randomUUID();
        UUID documentId = UUID.randomUUID();
        TenantScope.run(a.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ContentIndexingJobRecord job = new ContentIndexingJobRecord();
            job.setTenantId(a.id().value());
            job.setId(jobId);
            job.setDocumentId(documentId);
            job.setTitle("Broken");
            job.setKind(DocumentKind.POLICY.name());
            job.setLanguage("en");
            job.setFileName("broken.pdf");
            job.setMediaType("application/pdf");
            job.setSizeBytes(10);
            job.setSha256("-");
            job.setContent(ContentFixtures.encryptedPdf(List.of(h("Secret"), p("Hidden."))));
            job.setStatus("QUEUED");
            job.setChunksTotal(1);
            job.setChunksDone(0);
            job.setRequestedBy(a.hrAdmin().id());
            job.setRequestedAt(OffsetDateTime.now());
            job.setHeartbeatAt(OffsetDateTime.now());
            repository.insertJob(job);
        }));
        TenantScope.run(a.id(), () -> library.run(jobId));

        IndexingJob failed = asAdmin(a, () -> library.job(jobId)).orElseThrow();
        assertThat(failed.status()).isEqualTo(IndexingJob.Status.FAILED);
        assertThat(failed.failureKey()).isEqualTo("content.file.pdf-encrypted");
        assertThat(asAdmin(a, () -> library.jobs())).extracting(IndexingJob::id).contains(jobId);
        assertThat(asAdmin(a, () -> library.document(documentId))).isEmpty();
        assertThat(chunks(a, documentId)).isZero();
    }

    @Test
    void tenantsNeverSeeEachOthersContent() {
        IndexingJob done = awaitEnd(b, signedIn(as(b, b.hrAdmin()), () -> library.upload(markdown("b-values.md",
                "# B values\n\nThe walrus principle: every meeting has an agenda.\n", DocumentKind.VALUES))).id());
        UUID bDocument = done.documentId();

        assertThat(asAdmin(a, () -> library.documents())).extracting(ContentDocumentSummary::id)
                .doesNotContain(bDocument);
        assertThat(asAdmin(a, () -> library.document(bDocument))).isEmpty();
        assertThat(asAdmin(a, () -> library.file(bDocument))).isEmpty();
        assertThat(asAdmin(a, () -> library.jobs())).extracting(IndexingJob::id).doesNotContain(done.id());
        assertThat(search(a, "walrus principle meeting agenda"))
                .noneMatch(hit -> hit.source().id().equals(bDocument.toString()));
        assertThatThrownBy(() -> asAdmin(a, () -> {
            library.delete(bDocument);
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(chunks(b, bDocument)).isEqualTo(1);
    }

    @Test
    void onlyHrAdminsUploadAndDelete() {
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> library.upload(
                markdown("x.md", ContentFixtures.COMPETENCY_FRAMEWORK_SV, DocumentKind.VALUES))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> library.documents()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn(as(a, a.employee()), () -> library.documents())).isNotNull();
    }
}
