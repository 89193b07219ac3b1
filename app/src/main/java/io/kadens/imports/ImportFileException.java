package io.kadens.imports;

/** The upload cannot be read as a CSV file at all; the message is an i18n key. */
public class ImportFileException extends RuntimeException {

    public ImportFileException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
