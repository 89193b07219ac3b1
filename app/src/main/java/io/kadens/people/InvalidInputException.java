package io.kadens.people;

import java.util.Map;

/**
 * Bad input, as messages per field (field name to i18n key). Stand-in until the platform's shared
 * exception lands; the views show each message at its field.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.toString());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
