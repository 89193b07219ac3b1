package io.kadens.reviews;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Review templates over REST, for HR admins: list, read, create, save a new version, archive and restore. */
@RestController
@RequestMapping("/api/v1/review-templates")
@Tag(name = "Review templates", description = "Versioned review templates: sections of questions in English and Swedish.")
class ReviewTemplateApi {

    private final ReviewTemplates templates;

    ReviewTemplateApi(ReviewTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Every review template with its newest version (HR admin)")
    List<ReviewTemplate> templates() {
        return templates.templates();
    }

    @GetMapping("/starter")
    @Operation(summary = "The starter template a new one begins from, in English and Swedish (HR admin)")
    TemplateDraft starter() {
        templates.templates();
        return ReviewTemplates.starter();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template with its newest version (HR admin)")
    ReviewTemplate template(@PathVariable UUID id) {
        return templates.template(id).orElseThrow(() -> new ResourceNotFoundException("review-template", id));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a template, newest first (HR admin)")
    List<TemplateVersion> versions(@PathVariable UUID id) {
        return templates.versions(id);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One version of a template, as the cycles launched with it ask it (HR admin)")
    TemplateVersion version(@PathVariable UUID id, @PathVariable int number) {
        return templates.version(id, number).orElseThrow(() -> new ResourceNotFoundException("review-template", id));
    }

    @PostMapping
    @Operation(summary = "Create a template (HR admin)")
    ResponseEntity<ReviewTemplate> create(@RequestBody TemplateDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(templates.create(draft));
    }

    record SaveRequest(String nameEn, String nameSv, List<TemplateSection> sections, Long version) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a new version (HR admin); running cycles keep theirs. 409 when someone saved first")
    ReviewTemplate save(@PathVariable UUID id, @RequestBody SaveRequest request) {
        return templates.update(id, new TemplateDraft(request.nameEn(), request.nameSv(), request.sections()),
                requireVersion(request.version()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a template: kept for its cycles, offered for no new one (HR admin)")
    ReviewTemplate archive(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return templates.setArchived(id, true, requireVersion(request.version()));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an archived template (HR admin)")
    ReviewTemplate restore(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return templates.setArchived(id, false, requireVersion(request.version()));
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "reviews.version.required");
        }
        return version;
    }
}
