package io.kadens.tenantarchive;

/**
 * An export or import that was refused, with nothing written. {@link #reason()} says which refusal it is (the
 * REST answer's status and translated text); the message is the technical detail, in English, for the operator's
 * command line and the log.
 */
public class TenantArchiveException extends RuntimeException {

    /** Why an export or import was refused. */
    public enum Reason {
        /** The porter role's credentials are not configured in this process. */
        NOT_CONFIGURED,
        /** No tenant has this id. */
        UNKNOWN_TENANT,
        /** The archive is not a Kadens tenant archive, or a file in it does not match its checksum or row count. */
        DAMAGED,
        /** The archive was made by a deployment whose database schema differs from this one's. */
        SCHEMA_MISMATCH,
        /** This deployment has a tenant with the archive's id or slug already. */
        TENANT_EXISTS,
        /** The database refused a row of the archive (a constraint); the whole import was rolled back. */
        REFUSED_BY_DATABASE
    }

    private final Reason reason;

    public TenantArchiveException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TenantArchiveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
