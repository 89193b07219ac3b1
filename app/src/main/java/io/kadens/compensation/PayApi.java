package io.kadens.compensation;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pay data over REST: ranges, salaries with compa-ratios, the salary import and the visibility setting. */
@RestController
@RequestMapping("/api/v1/pay")
@Tag(name = "Pay data", description = "Pay ranges per job level, salaries and compa-ratios. Salaries are readable by "
        + "HR admins and the manager chain above the person only.")
class PayApi {

    private final PayData pay;
    private final KadensTranslations translations;

    PayApi(PayData pay, KadensTranslations translations) {
        this.pay = pay;
        this.translations = translations;
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "compensation.version.required");
        }
        return version;
    }

    @GetMapping("/settings")
    @Operation(summary = "Whether people see their own salary")
    PaySettings settings() {
        return pay.settings();
    }

    record SettingsRequest(boolean employeesSeeOwnPay, Long version) {
    }

    @PutMapping("/settings")
    @Operation(summary = "Let people see their own salary, or not (HR admin)")
    PaySettings changeSettings(@RequestBody SettingsRequest request) {
        return pay.changeSettings(request.employeesSeeOwnPay(), requireVersion(request.version()));
    }

    @GetMapping("/ranges")
    @Operation(summary = "The pay range of every job level that has one")
    List<PayRange> ranges() {
        return pay.ranges();
    }

    record RangeRequest(String currency, BigDecimal min, BigDecimal mid, BigDecimal max, Long version) {
    }

    @PutMapping("/ranges/{jobLevelId}")
    @Operation(summary = "Set a job level's pay range; version 0 creates it (HR admin)")
    PayRange setRange(@PathVariable UUID jobLevelId, @RequestBody RangeRequest request) {
        return pay.setRange(jobLevelId, request.currency(), request.min(), request.mid(), request.max(),
                requireVersion(request.version()));
    }

    @GetMapping("/salaries")
    @Operation(summary = "Every salary with its range and compa-ratio (HR admin)")
    List<Pay> salaries() {
        return pay.allPay();
    }

    @GetMapping("/salaries/{personId}")
    @Operation(summary = "One person's salary, range and compa-ratio (HR admins and the manager chain above them)")
    Pay salary(@PathVariable UUID personId) {
        return pay.payOf(personId).orElseThrow(() -> new ResourceNotFoundException("pay", personId));
    }

    /** @param reason optional here; when given, it must not be blank and the audit entry keeps it */
    record SalaryRequest(BigDecimal salary, String currency, Long version, String reason) {
    }

    @PutMapping("/salaries/{personId}")
    @Operation(summary = "Set a person's salary; version 0 records the first one; a reason, when sent, is audited"
            + " (HR admin)")
    Pay setSalary(@PathVariable UUID personId, @RequestBody SalaryRequest request) {
        long version = requireVersion(request.version());
        return request.reason() == null
                ? pay.setSalary(personId, request.salary(), request.currency(), version)
                : pay.setSalary(personId, request.salary(), request.currency(), request.reason(), version);
    }

    @GetMapping(path = "/salaries/import/template", produces = "text/csv")
    @Operation(summary = "A salary file with the columns the import reads")
    String template() {
        return PayData.csvTemplate();
    }

    record ImportProblem(int line, String column, String code, String message, String value) {
    }

    @PostMapping(path = "/salaries/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import salaries from CSV (email, salary, currency): every row or none (HR admin)")
    ResponseEntity<?> importCsv(@RequestBody byte[] csv) {
        PayImportReport report = pay.importCsv(csv);
        if (report.succeeded()) {
            return ResponseEntity.ok(report);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("compensation.import.failed", locale, report.problems().size()));
        problem.setProperty("problems", report.problems().stream()
                .map(p -> new ImportProblem(p.line(), p.column(), p.messageKey(),
                        translations.getTranslation(p.messageKey(), locale, p.value()), p.value()))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
