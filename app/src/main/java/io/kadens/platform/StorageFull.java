package io.kadens.platform;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Recognises a full disk behind a failure: the database's {@code disk_full} (SQLSTATE 53100, where uploaded
 * files are kept) or the operating system's "No space left on device" (ENOSPC) or "Disk quota exceeded"
 * (EDQUOT) while a temporary upload file is written. The person is then told that the server has no room
 * and that nothing was saved, instead of a generic error (docs/decisions/2026-12-06-outages-and-full-disk.md).
 */
public final class StorageFull {

    /** The message key of what the person is told, in every part of the product that stores uploads. */
    public static final String MESSAGE_KEY = "upload.storage-full";

    static final String DISK_FULL_SQLSTATE = "53100";

    private StorageFull() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && DISK_FULL_SQLSTATE.equals(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof IOException io && io.getMessage() != null
                    && (io.getMessage().contains("No space left on device")
                    || io.getMessage().contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
