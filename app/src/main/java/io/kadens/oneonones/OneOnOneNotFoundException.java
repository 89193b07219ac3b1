package io.kadens.oneonones;

/**
 * A series, meeting, agenda item, action item or check-in that does not exist or that the caller may
 * not see: both look the same, so ids of other people's 1:1s reveal nothing (REST answers 404).
 */
public class OneOnOneNotFoundException extends RuntimeException {

    public OneOnOneNotFoundException(String what) {
        super(what + " not found");
    }
}
