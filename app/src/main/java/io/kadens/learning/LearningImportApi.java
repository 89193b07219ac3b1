package io.kadens.learning;

import io.kadens.platform.KadensTranslations;
import io.kadens.platform.UploadTooLargeException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The training catalogue's CSV import over REST, for integrations: the same import as the admin page
 * (HR admins only, every row or none, the template's columns), with the same size limit. Send the file as
 * the multipart part {@code file}, or as the body with content type {@code text/csv}. On success the answer
 * counts the rows created and updated; otherwise nothing is stored and a problem detail lists every problem
 * by line and column, in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/learning/items")
class LearningImportApi {

    /** The admin page's limit for a catalogue file. */
    static final int CATALOGUE_MAX_BYTES = 5 * 1024 * 1024;

    record ImportProblem(int line, String column, String code, String message, String value) {
    }

    record FieldError(String field, String code, String message) {
    }

    private final TrainingLibrary library;
    private final KadensTranslations translations;

    LearningImportApi(TrainingLibrary library, KadensTranslations translations) {
        this.library = library;
        this.translations = translations;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > CATALOGUE_MAX_BYTES) {
            throw new UploadTooLargeException(CATALOGUE_MAX_BYTES);
        }
        if (!looksLikeCsv(file.getOriginalFilename(), file.getContentType())) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    translations.getTranslation("learning.import.csv-only", locale));
            problem.setProperty("errors", List.of(new FieldError("file", "learning.import.csv-only",
                    translations.getTranslation("learning.import.csv-only", locale))));
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return answer(library.importCatalogue(file.getBytes()));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<?> importBody(@RequestBody byte[] csv) {
        if (csv.length > CATALOGUE_MAX_BYTES) {
            throw new UploadTooLargeException(CATALOGUE_MAX_BYTES);
        }
        return answer(library.importCatalogue(csv));
    }

    /** A CSV by name or by declared type; a spreadsheet or PDF is refused before it is parsed. */
    static boolean looksLikeCsv(String fileName, String contentType) {
        boolean csvName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        boolean csvType = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
        boolean otherName = fileName != null && fileName.contains(".") && !csvName;
        return csvName || (csvType && !otherName);
    }

    private ResponseEntity<?> answer(ImportReport report) {
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("learning.import.failed", locale, report.problems().size()));
        problem.setProperty("problems", report.problems().stream()
                .map(p -> new ImportProblem(p.line(), p.column(), p.messageKey(),
                        translations.getTranslation(p.messageKey(), locale, p.value()), p.value()))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
