package io.kadens.platform;

/**
 * What was asked for does not exist for the caller: missing, in another tenant, or not visible to
 * them. The three look the same on purpose, so nobody learns another tenant's or colleague's ids.
 * REST answers 404 with a problem detail in the caller's language.
 */
public class ResourceNotFoundException extends RuntimeException {

    private final String subjectType;

    public ResourceNotFoundException(String subjectType, Object subjectId) {
        super(subjectType + " " + subjectId + " not found");
        this.subjectType = subjectType;
    }

    public String subjectType() {
        return subjectType;
    }
}
