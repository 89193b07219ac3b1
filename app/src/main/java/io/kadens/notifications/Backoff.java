package io.kadens.notifications;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: exponential (base × 2^(attempt−1)) up to a cap, with ±20 %
 * jitter so that many deliveries failing together (an SMTP outage) do not all retry at once;
 * after {@code maxAttempts} the delivery is FAILED (an admin can still retry it).
 */
record Backoff(Duration base, Duration cap, int maxAttempts) {

    static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 8);

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after attempt number {@code attempts} (1 = the first attempt) failed. */
    Duration delayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        long millis = Math.min(cap.toMillis(), base.toMillis() * (1L << exponent));
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(millis * jitter));
    }
}
