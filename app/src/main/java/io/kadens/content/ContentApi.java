package io.kadens.content;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.UploadTooLargeException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Company content over REST: reading for every employee of the tenant (another tenant's ids answer 404), uploading for HR admins. */
@RestController
@RequestMapping("/api/v1/content")
class ContentApi {

    private final ContentLibrary library;

    ContentApi(ContentLibrary library) {
        this.library = library;
    }

    @GetMapping("/documents")
    List<ContentDocumentSummary> documents() {
        return library.documents();
    }

    /**
     * Uploads a document for indexing (HR admins): multipart with the part {@code file} and the fields
     * {@code kind}, and optionally {@code language}, {@code title} and {@code replaces}. The file arrives
     * in a temporary file, never the heap; one over the limit is refused with 413 before it is read.
     * Answers 202 with the indexing job; refused files answer 400 with the reason at the field {@code file}.
     */
    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IndexingJob> upload(@RequestPart("file") MultipartFile file, @RequestParam("kind") String kind,
                                       @RequestParam(name = "language", required = false) String language,
                                       @RequestParam(name = "title", required = false) String title,
                                       @RequestParam(name = "replaces", required = false) UUID replaces)
            throws IOException {
        if (file.getSize() > library.maxUploadBytes()) {
            throw new UploadTooLargeException(library.maxUploadBytes());
        }
        DocumentKind documentKind;
        try {
            documentKind = DocumentKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("kind", "content.kind.required");
        }
        IndexingJob job = library.upload(new ContentUpload(file.getOriginalFilename(), file.getBytes(), documentKind,
                language, title, replaces));
        return ResponseEntity.accepted().body(job);
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<ContentDocumentSummary> document(@PathVariable UUID id) {
        return library.document(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/documents/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return library.file(id).map(ContentApi::download).orElse(ResponseEntity.notFound().build());
    }

    static ResponseEntity<byte[]> download(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
