package io.kadens.tenantarchive;

import io.kadens.platform.KadensTranslations;
import io.kadens.tenantarchive.TenantArchiveException.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The operator's export and import of one tenant over REST (operator only; 403 for everyone else). The export is
 * written to a temporary file first, so that a refusal is still a problem+json answer and never half an archive.
 */
@RestController
@Tag(name = "Operator", description = "Running the service: tenants (operator only, 403 for everyone else).")
class TenantArchiveApi {

    static final String ZIP = "application/zip";

    private final TenantArchives archives;

    TenantArchiveApi(TenantArchives archives) {
        this.archives = archives;
    }

    @Operation(summary = "Export one tenant as a zip archive: every row of it, its files and settings")
    @GetMapping(value = "/api/v1/operator/tenants/{id}/export", produces = {ZIP, "application/problem+json"})
    void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Path file = Files.createTempFile("kadens-tenant-", ".zip");
        try {
            ExportedTenant exported;
            try (OutputStream out = Files.newOutputStream(file)) {
                exported = archives.export(id, out);
            }
            response.setContentType(ZIP);
            response.setHeader("Content-Disposition", "attachment; filename=\"kadens-tenant-" + exported.slug()
                    + ".zip\"");
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Operation(summary = "Import a tenant from an archive of another deployment (or of this one, after the tenant was "
            + "deleted): all or nothing; 409 when the schema differs or the tenant exists, 422 when the archive is damaged")
    @PostMapping(value = "/api/v1/operator/tenant-imports", consumes = {ZIP, "application/octet-stream"})
    ResponseEntity<ImportedTenant> importArchive(InputStream body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(archives.importArchive(body));
    }

    /** Refusals as problem+json in the caller's language, with the technical detail for the operator. */
    @RestControllerAdvice(assignableTypes = TenantArchiveApi.class)
    static class Refusals {

        private static final Map<Reason, HttpStatus> STATUS = Map.of(
                Reason.NOT_CONFIGURED, HttpStatus.SERVICE_UNAVAILABLE,
                Reason.UNKNOWN_TENANT, HttpStatus.NOT_FOUND,
                Reason.DAMAGED, HttpStatus.UNPROCESSABLE_CONTENT,
                Reason.SCHEMA_MISMATCH, HttpStatus.CONFLICT,
                Reason.TENANT_EXISTS, HttpStatus.CONFLICT,
                Reason.REFUSED_BY_DATABASE, HttpStatus.UNPROCESSABLE_CONTENT);

        private final KadensTranslations translations;

        Refusals(KadensTranslations translations) {
            this.translations = translations;
        }

        @ExceptionHandler(TenantArchiveException.class)
        ProblemDetail refused(TenantArchiveException refused) {
            String key = "api.error.tenant-archive." + refused.reason().name().toLowerCase().replace('_', '-');
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(STATUS.get(refused.reason()),
                    translations.getTranslation(key, LocaleContextHolder.getLocale()));
            problem.setProperty("reason", refused.reason().name());
            problem.setProperty("technicalDetail", refused.getMessage());
            return problem;
        }
    }
}
