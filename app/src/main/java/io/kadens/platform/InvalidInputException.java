package io.kadens.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses, with one message per field so a form can show each at its field.
 * Messages are i18n keys (the views translate them; REST answers carry key and English text).
 * Nothing has been written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to i18n message key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors while validating, then throws them all at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        /** Records the first error of a field; later ones for the same field are dropped. */
        public Collector check(boolean valid, String field, String messageKey) {
            if (!valid) {
                errors.putIfAbsent(field, messageKey);
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
