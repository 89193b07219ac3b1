package io.kadens.competencies;

import io.kadens.platform.KadensTranslations;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competency framework over REST: everyone of the tenant reads it, HR admins keep it (the service
 * checks). Another tenant's ids answer 404 like ids that never existed.
 */
@RestController
@RequestMapping("/api/v1/competencies")
class CompetenciesApi {

    private final CompetencyFrameworks frameworks;
    private final KadensTranslations translations;

    CompetenciesApi(CompetencyFrameworks frameworks, KadensTranslations translations) {
        this.frameworks = frameworks;
        this.translations = translations;
    }

    @GetMapping
    List<Competency> competencies(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return frameworks.competencies(includeArchived);
    }

    @GetMapping("/{id}")
    ResponseEntity<Competency> competency(@PathVariable UUID id) {
        return frameworks.competency(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    record Created(UUID id) {
    }

    record Saved(long version) {
    }

    record Versioned(long version) {
    }

    record CompetencyRequest(String name, String description, CompetencyGroup group, UUID jobFamilyId,
                             List<String> indicators, long version) {
        CompetencyData data() {
            return new CompetencyData(name, description, group, jobFamilyId, indicators);
        }
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody CompetencyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(frameworks.create(request.data())));
    }

    @PutMapping("/{id}")
    Saved update(@PathVariable UUID id, @RequestBody CompetencyRequest request) {
        return new Saved(frameworks.update(id, request.data(), request.version()));
    }

    @PostMapping("/{id}/archive")
    ResponseEntity<Void> archive(@PathVariable UUID id, @RequestBody Versioned request) {
        frameworks.archive(id, true, request.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Void> restore(@PathVariable UUID id, @RequestBody Versioned request) {
        frameworks.archive(id, false, request.version());
        return ResponseEntity.noContent().build();
    }

    record Removed(RemovalOutcome outcome) {
    }

    /** Deletes a competency nobody was rated on; one with ratings is archived instead (the answer says which). */
    @DeleteMapping("/{id}")
    Removed remove(@PathVariable UUID id, @RequestParam long version) {
        return new Removed(frameworks.remove(id, version));
    }

    @GetMapping("/scale")
    CompetencyFrameworks.Scale scale() {
        return frameworks.scale();
    }

    record ScaleRequest(int levels, long version) {
    }

    @PutMapping("/scale")
    CompetencyFrameworks.Scale changeScale(@RequestBody ScaleRequest request) {
        return frameworks.changeScale(request.levels(), request.version());
    }

    @GetMapping("/expectations")
    List<Expectation> expectations(@RequestParam(required = false) UUID jobFamilyId) {
        return frameworks.expectations(jobFamilyId);
    }

    /** {@code level} null clears the expectation; {@code version} is the competency's. */
    record ExpectationRequest(Integer level, long version) {
    }

    @PutMapping("/{id}/expectations/{jobLevelId}")
    Saved setExpectation(@PathVariable UUID id, @PathVariable UUID jobLevelId, @RequestBody ExpectationRequest request) {
        return new Saved(frameworks.setExpectation(id, jobLevelId, request.level(), request.version()));
    }

    @GetMapping(path = "/import/template", produces = "text/csv")
    String template() {
        return CompetencyFrameworks.csvTemplate();
    }

    record ImportProblem(int line, String column, String code, String message, String value) {
    }

    /**
     * Imports a framework from CSV (UTF-8, the template's columns): every row or none. On success the
     * answer lists each row's outcome; otherwise a problem detail lists every problem by line and column.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importCsv(@RequestBody byte[] csv) {
        CompetencyImportReport report = frameworks.importCsv(csv);
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("competencies.import.failed", locale, report.problems().size()));
        problem.setProperty("problems", report.problems().stream()
                .map(p -> new ImportProblem(p.line(), p.column(), p.messageKey(),
                        translations.getTranslation(p.messageKey(), locale, p.value()), p.value()))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
