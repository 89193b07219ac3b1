package io.kadens.imports;

/** What an applied import did. */
public record ImportResult(int created, int updated, int unchanged, int departmentsCreated) {
}
