package io.kadens.imports;

/**
 * One reason a row cannot be imported.
 *
 * @param line      the row's line number in the file
 * @param field     the field at fault, or null when the row as a whole is
 * @param reasonKey i18n key of the reason; its text takes {@code detail} as parameter {0}
 * @param detail    the offending value or context (another line number, the cycle), may be empty
 */
public record ImportProblem(int line, ImportField field, String reasonKey, String detail) {
}
