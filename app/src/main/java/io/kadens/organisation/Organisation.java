package io.kadens.organisation;

import io.kadens.tenants.TenantId;

import java.time.DateTimeException;
import java.time.ZoneId;

/** A company that uses Kadens: one tenant. */
public record Organisation(TenantId id, String slug, String name, String locale, String timeZone, Status status) {

    public enum Status { ACTIVE, SUSPENDED }

    private static final ZoneId UTC = ZoneId.of("UTC");

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** The zone the organisation's people read times and days in. */
    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    /**
     * The zone a stored time-zone name stands for, UTC when it is missing or names none Java knows. Never the server's
     * zone: a person in Stockholm must see the same time whichever machine serves the page.
     */
    public static ZoneId zoneOf(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }
}
