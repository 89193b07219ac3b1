package io.kadens.platform;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * REST answers for refused input: 400 with one entry per field (the message key and its text in the
 * caller's language), 404 for what the caller may not see (missing and foreign alike), and 409 when
 * someone else saved first. All as RFC 9457 problem details.
 */
@RestControllerAdvice(basePackages = "io.kadens")
class ApiErrors {

    private final KadensTranslations translations;

    ApiErrors(KadensTranslations translations) {
        this.translations = translations;
    }

    record FieldError(String field, String code, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("api.error.invalid-input", locale));
        List<FieldError> errors = e.fieldErrors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(error -> new FieldError(error.getKey(), error.getValue(),
                        translations.getTranslation(error.getValue(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail concurrentEdit(ConcurrentEditException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                translations.getTranslation("api.error.concurrent-edit", LocaleContextHolder.getLocale()));
        problem.setProperty("subjectType", e.subjectType());
        return problem;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail notFound(ResourceNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                translations.getTranslation("api.error.not-found", LocaleContextHolder.getLocale()));
        problem.setProperty("subjectType", e.subjectType());
        return problem;
    }

    /**
     * A body that is not JSON of the expected shape: a missing required number, a word where a date
     * belongs, an unknown enum value. Names the field when the parser knows it, so a script's author
     * sees what to fix instead of a bare 400.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("api.error.unreadable", locale));
        if (e.getMostSpecificCause() instanceof JacksonException parsing && !parsing.getPath().isEmpty()) {
            String field = parsing.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("errors", List.of(new FieldError(field, "api.error.field-unreadable",
                    translations.getTranslation("api.error.field-unreadable", locale))));
        }
        return problem;
    }
}
