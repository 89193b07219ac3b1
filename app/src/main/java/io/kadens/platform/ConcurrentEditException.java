package io.kadens.platform;

/**
 * Someone else saved the same thing first (optimistic locking: the version the editor started
 * from is no longer the stored one). Nothing was written; the editor reloads and reapplies.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String subjectType;

    public ConcurrentEditException(String subjectType, Object subjectId) {
        super(subjectType + " " + subjectId + " was changed by someone else");
        this.subjectType = subjectType;
    }

    public String subjectType() {
        return subjectType;
    }
}
