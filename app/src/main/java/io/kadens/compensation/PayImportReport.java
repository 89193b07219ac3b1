package io.kadens.compensation;

import java.util.List;

/**
 * What a salary import did: every row written, or (with problems) none, with the problems naming line and column.
 *
 * @param rows     the data rows read from the file
 * @param written  one outcome per written row, in file order; empty when there were problems
 * @param problems what stopped the import; empty when it was written
 */
public record PayImportReport(int rows, List<RowOutcome> written, List<Problem> problems) {

    /** @param line the line in the file (the header is line 1) */
    public record RowOutcome(int line, String email, boolean created) {
    }

    /** @param line the line in the file (the header is line 1); @param messageKey i18n key */
    public record Problem(int line, String column, String messageKey, String value) {
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
