package io.kadens.apitokens;

import java.time.Duration;
import java.util.Optional;

/** How long a new token works: the choices the profile page offers. */
public enum TokenExpiry {
    DAYS_30(Duration.ofDays(30)), DAYS_90(Duration.ofDays(90)), DAYS_365(Duration.ofDays(365)), NEVER(null);

    private final Duration validity;

    TokenExpiry(Duration validity) {
        this.validity = validity;
    }

    public Optional<Duration> validity() {
        return Optional.ofNullable(validity);
    }

    /** Whether a token with this expiry lives no longer than the given number of days ("never" fits no limit). */
    public boolean fitsWithin(int maxDays) {
        return validity != null && validity.toDays() <= maxDays;
    }
}
