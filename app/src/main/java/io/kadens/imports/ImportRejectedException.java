package io.kadens.imports;

/** The apply found problems (the data changed since validation, say): nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.problems().size() + " problems; nothing imported");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
