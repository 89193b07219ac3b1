package io.kadens.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analytics over REST, with the rules of the pages: HR admins get the tenant, managers their reporting line,
 * everyone else 403. Each page's charts come with their rows, the number of people behind each row and which rows
 * are suppressed for anonymity; each chart also as CSV.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Goals, check-ins and 1:1s, feedback, reviews, training, competencies and "
        + "pilot vs rest, as anonymised aggregates (issue 16)")
class AnalyticsApi {

    private final Analytics analytics;
    private final AnalyticsCsv csv;

    AnalyticsApi(Analytics analytics, AnalyticsCsv csv) {
        this.analytics = analytics;
        this.csv = csv;
    }

    @GetMapping
    @Operation(summary = "The analytics pages the caller may read (HR admins and managers)")
    List<Analytics.SectionInfo> sections() {
        return analytics.sections();
    }

    @GetMapping("/{section}")
    @Operation(summary = "One analytics page's charts for a period (months as yyyy-MM, at most 24; default the last "
            + "12), optionally narrowed to a department and to the pilot's people (pilot=true) or the rest (false)")
    AnalyticsSection section(@PathVariable String section,
                             @Parameter(description = "yyyy-MM") @RequestParam(required = false) YearMonth from,
                             @Parameter(description = "yyyy-MM") @RequestParam(required = false) YearMonth to,
                             @RequestParam(required = false) UUID departmentId,
                             @RequestParam(required = false) Boolean pilot) {
        return analytics.section(section, new AnalyticsFilter(departmentId, pilot, from, to));
    }

    @GetMapping(value = "/{section}/{chart}.csv", produces = "text/csv")
    @Operation(summary = "One chart's figures as CSV (UTF-8, comma-separated, labels in the caller's language)")
    ResponseEntity<String> chartCsv(@PathVariable String section, @PathVariable String chart,
                                    @RequestParam(required = false) YearMonth from,
                                    @RequestParam(required = false) YearMonth to,
                                    @RequestParam(required = false) UUID departmentId,
                                    @RequestParam(required = false) Boolean pilot, Locale locale) {
        AnalyticsSection page = analytics.section(section, new AnalyticsFilter(departmentId, pilot, from, to));
        AnalyticsChart found = page.charts().stream().filter(c -> c.id().equals(chart)).findFirst()
                .orElseThrow(() -> new io.kadens.platform.ResourceNotFoundException("analytics_chart", chart));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + AnalyticsCsv.fileName(page, found) + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.write(found, locale));
    }
}
