package io.kadens.learning;

import java.util.List;

/**
 * The outcome of a catalogue import: either every row was stored ({@code problems} empty) or none
 * was, and the problems say which line and column to fix.
 */
public record ImportReport(int rows, int created, int updated, List<Problem> problems) {

    /** @param line the line in the file (the header is line 1); @param messageKey i18n key */
    public record Problem(int line, String column, String messageKey, String value) {
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
