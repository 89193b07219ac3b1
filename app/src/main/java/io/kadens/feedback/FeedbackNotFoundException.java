package io.kadens.feedback;

/**
 * Thrown for an id that does not exist or that the caller may not see: both answer alike (404), so
 * that probing ids tells nothing.
 */
public class FeedbackNotFoundException extends RuntimeException {

    public FeedbackNotFoundException(String what) {
        super(what + " not found");
    }
}
