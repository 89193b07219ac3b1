package io.kadens.platform;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
     * Input that passed validation but that the database refuses as data: a NUL character in a text, a value
     * out of a column's range (SQLSTATE class 22), or a constraint it breaks (class 23). The statement's
     * transaction is rolled back, nothing is written; the caller gets 400 (409 for a duplicate), never the
     * database's message. Anything else from the database stays a server error.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class, org.jooq.exception.DataAccessException.class})
    ResponseEntity<ProblemDetail> refusedByTheDatabase(RuntimeException e) {
        String state = sqlState(e);
        if (StorageFull.causedBy(e)) {
            return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(storageFull());
        }
        if (databaseUnavailable(e)) {
            return unavailable(e);
        }
        if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
            throw e;
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = state.equals("23505")
                ? ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        translations.getTranslation("api.error.duplicate", locale))
                : ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        translations.getTranslation("api.error.unstorable", locale));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * The database is out of reach for a moment (restarted, failing over) or every pooled connection stayed busy
     * for as long as a request may wait: 503 with Retry-After, saying that nothing was saved. The request's
     * transaction did not commit, so that is true.
     */
    @ExceptionHandler(org.springframework.transaction.TransactionException.class)
    ResponseEntity<ProblemDetail> noTransaction(RuntimeException e) {
        if (!databaseUnavailable(e)) {
            throw e;
        }
        return unavailable(e);
    }

    /** 503 with Retry-After: "busy" when the pool had no connection free in time, else "cannot be reached". */
    static ResponseEntity<ProblemDetail> unavailable(Throwable e, KadensTranslations translations) {
        boolean busy = DatabaseBusy.causedBy(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                translations.getTranslation(busy ? DatabaseBusy.MESSAGE_KEY : "api.error.database-unavailable",
                        LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, busy ? DatabaseBusy.RETRY_AFTER_SECONDS : "5").body(problem);
    }

    private ResponseEntity<ProblemDetail> unavailable(Throwable e) {
        return unavailable(e, translations);
    }

    /**
     * The database's disk is full (SQLSTATE 53100): 507, saying that nothing was saved and that trying later
     * may help. The statement's transaction rolled back, so no row points at a file that was not stored.
     */
    static ProblemDetail storageFull(KadensTranslations translations) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE,
                translations.getTranslation(StorageFull.MESSAGE_KEY, LocaleContextHolder.getLocale()));
    }

    private ProblemDetail storageFull() {
        return storageFull(translations);
    }

    /**
     * A failure that says the database could not be reached or went away, not that it refused the statement:
     * no connection (SQLSTATE class 08, a pool timeout), the server shutting down or starting (57P01-57P03),
     * or out of resources (class 53).
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // A rollback that failed because the connection had gone hides the failure that made it roll back.
            if (cause instanceof org.springframework.transaction.TransactionSystemException system
                    && system.getApplicationException() != null && system.getApplicationException() != e
                    && databaseUnavailable(system.getApplicationException())) {
                return true;
            }
            // A rollback that failed on its own (after a failed commit): only a broken connection makes a JDBC
            // rollback fail, and the pool reports its closed connection without a SQLSTATE.
            if (cause instanceof org.springframework.transaction.TransactionSystemException
                    && cause.getCause() instanceof java.sql.SQLException) {
                return true;
            }
            if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
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
