package io.kadens.competencies;

import java.util.List;

/**
 * The outcome of a framework CSV import: every row stored ({@code problems} empty, {@code outcomes}
 * one per row) or none, with the problems naming line and column.
 */
public record CompetencyImportReport(int rows, List<RowOutcome> outcomes, List<Problem> problems) {

    public enum Action { CREATED, UPDATED }

    /** @param line the line in the file (the header is line 1) */
    public record RowOutcome(int line, String name, Action action) {
    }

    /** @param line the line in the file (the header is line 1); @param messageKey i18n key */
    public record Problem(int line, String column, String messageKey, String value) {
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    public long created() {
        return outcomes.stream().filter(o -> o.action() == Action.CREATED).count();
    }

    public long updated() {
        return outcomes.stream().filter(o -> o.action() == Action.UPDATED).count();
    }
}
