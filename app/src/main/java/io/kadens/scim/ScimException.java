package io.kadens.scim;

/** A SCIM error response: HTTP status, optional scimType (RFC 7644 section 3.12) and detail. */
public class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimException(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException notFound(String what) {
        return new ScimException(404, null, what + " not found");
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }
}
