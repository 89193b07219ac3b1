package io.kadens.learning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training library over REST: search and items for everyone, one's own learning and progress,
 * assignments for managers (the service checks the reporting line). Another tenant's ids answer 404.
 */
@RestController
@RequestMapping("/api/v1/learning")
class LearningApi {

    private final TrainingLibrary library;
    private final LearningPlans plans;

    LearningApi(TrainingLibrary library, LearningPlans plans) {
        this.library = library;
        this.plans = plans;
    }

    @GetMapping("/items")
    List<TrainingItem> search(@RequestParam(name = "q", required = false) String text,
                              @RequestParam(required = false) TrainingFormat format,
                              @RequestParam(required = false) TrainingLevel level,
                              @RequestParam(required = false) String language,
                              @RequestParam(required = false) String competency) {
        return library.search(new LibraryQuery(text, format, level, language, competency));
    }

    @GetMapping("/items/{id}")
    ResponseEntity<TrainingItem> item(@PathVariable UUID id) {
        return library.item(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/items/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return library.file(id).map(file -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(file.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/mine")
    List<MyLearningEntry> mine() {
        return plans.myLearning();
    }

    @GetMapping("/team")
    List<Assignment> team() {
        return plans.teamAssignments();
    }

    record AssignRequest(UUID itemId, UUID employeeId, LocalDate dueDate) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/assignments")
    ResponseEntity<Created> assign(@RequestBody AssignRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(plans.assign(request.itemId(), request.employeeId(), request.dueDate())));
    }

    record ProgressRequest(ProgressStatus status, int percent, LocalDate completedOn, long version) {
    }

    @PutMapping("/items/{id}/progress")
    Progress progress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
        return plans.recordProgress(id, request.status(), request.percent(), request.completedOn(), request.version());
    }
}
