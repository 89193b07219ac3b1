package io.kadens.compensation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a pay file would change (the preview) or changed (after it was applied): one change per row in file order,
 * or, with problems, nothing at all. Salaries are matched by email, ranges by job family and level name.
 *
 * @param rows     the data rows read from the file
 * @param changes  one per row, in file order; empty when there are problems
 * @param problems what stops the file; each names its line (the header is line 1) and column
 */
public record PayImportPlan(Kind kind, int rows, List<Change> changes, List<PayImportReport.Problem> problems) {

    /** What a file holds: salaries (email, salary, currency) or ranges (job_family, job_level, currency, min, mid, max). */
    public enum Kind { SALARIES, RANGES }

    public enum Action { CREATE, UPDATE, UNCHANGED }

    /**
     * @param subjectId     the person (salaries) or job level (ranges)
     * @param subject       the email, or "family / level"
     * @param before        null when the row creates something
     * @param versionBefore the version the preview saw (0 for none): applying refuses when it has moved since
     */
    public record Change(int line, UUID subjectId, String subject, Action action, Amounts before, Amounts after,
                         long versionBefore) {
    }

    /** A salary (one figure) or a range (minimum, midpoint, maximum), in a currency. */
    public record Amounts(String currency, List<BigDecimal> figures) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
