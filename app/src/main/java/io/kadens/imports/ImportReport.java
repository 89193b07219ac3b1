package io.kadens.imports;

import java.util.List;

/**
 * What an import would do, or why it cannot: every bad row with its line and reason.
 * People absent from the file are never touched, so they do not appear here.
 */
public record ImportReport(int rows, int toCreate, int toUpdate, int unchanged, List<String> departmentsToCreate,
                           List<ImportProblem> problems) {

    public ImportReport {
        departmentsToCreate = List.copyOf(departmentsToCreate);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Lines with at least one problem, in file order. */
    public List<Integer> badLines() {
        return problems.stream().map(ImportProblem::line).distinct().sorted().toList();
    }
}
