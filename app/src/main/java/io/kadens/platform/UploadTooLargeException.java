package io.kadens.platform;

/** An upload over its limit: REST answers 413 with the limit in the caller's language. */
public class UploadTooLargeException extends RuntimeException {

    private final long limitBytes;

    public UploadTooLargeException(long limitBytes) {
        super("upload larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
