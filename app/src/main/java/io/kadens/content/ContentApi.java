package io.kadens.content;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Company content over REST, for every employee of the tenant; another tenant's ids answer 404. */
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
