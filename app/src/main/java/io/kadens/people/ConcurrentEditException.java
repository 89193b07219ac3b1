package io.kadens.people;

/** Someone else saved the same thing since the editor loaded it. Stand-in until the platform's lands. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else");
    }
}
