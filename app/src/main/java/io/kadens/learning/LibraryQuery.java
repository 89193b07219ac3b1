package io.kadens.learning;

/**
 * A search of the training library. The text is matched by meaning and by words together; the
 * filters narrow the result. Everything null or blank means "any".
 */
public record LibraryQuery(String text, TrainingFormat format, TrainingLevel level, String language,
                           String competency) {

    public static LibraryQuery all() {
        return new LibraryQuery(null, null, null, null, null);
    }

    public static LibraryQuery text(String text) {
        return new LibraryQuery(text, null, null, null, null);
    }
}
