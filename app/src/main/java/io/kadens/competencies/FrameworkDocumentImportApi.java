package io.kadens.competencies;

import io.kadens.platform.KadensTranslations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A competency framework from a document in company content, for HR admins: propose (stores nothing), then
 * confirm the reviewed competencies (all or none). Another tenant's document answers 404.
 */
@RestController
@RequestMapping("/api/v1/competencies/import/from-document/{documentId}")
class FrameworkDocumentImportApi {

    private final FrameworkDocumentImport imports;
    private final KadensTranslations translations;

    FrameworkDocumentImportApi(FrameworkDocumentImport imports, KadensTranslations translations) {
        this.imports = imports;
        this.translations = translations;
    }

    @PostMapping
    @Operation(summary = "Proposes competencies and indicators from the headings and lists of a competency "
            + "framework document; nothing is stored")
    FrameworkProposal propose(@PathVariable UUID documentId) {
        return imports.propose(documentId);
    }

    record ConfirmRequest(List<CompetencyData> competencies) {
    }

    record ConfirmProblem(int position, String field, String code, String message, String value) {
    }

    @PostMapping("/confirm")
    @Operation(summary = "Creates the reviewed competencies of a document's proposal: every one, or none with the "
            + "problems by position and field")
    ResponseEntity<?> confirm(@PathVariable UUID documentId, @RequestBody ConfirmRequest request) {
        CompetencyImportReport report = imports.confirm(documentId, request == null ? null : request.competencies());
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("competencies.document.failed", locale, report.problems().size()));
        problem.setProperty("problems", report.problems().stream()
                .map(p -> new ConfirmProblem(p.line(), p.column(), p.messageKey(),
                        translations.getTranslation(p.messageKey(), locale, p.value()), p.value()))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
