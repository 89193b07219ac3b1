package io.kadens.scim;

import java.time.Duration;

/** How long a new SCIM token works: the choices the SCIM page offers; a year unless chosen otherwise. */
public enum ScimTokenExpiry {
    DAYS_90(Duration.ofDays(90)), DAYS_365(Duration.ofDays(365)), DAYS_730(Duration.ofDays(730));

    private final Duration validity;

    ScimTokenExpiry(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
