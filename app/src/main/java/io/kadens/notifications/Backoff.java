package io.kadens.notifications;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: exponential (base × 2^(attempt−1)) up to a cap, with ±20 %
 * jitter so that many deliveries failing together (an SMTP outage) do not all retry at once;
 * after {@code maxAttempts} the delivery is FAILED (an admin can still retry it).
 *
 * <p>The default keeps trying for about a day (at least {@link #shortestRetryWindow()}, 19 hours, whatever
 * the jitter): an SMTP relay or Slack down overnight must not leave every tenant's HR admin to retry
 * deliveries by hand (docs/decisions/2026-12-06-outages-and-full-disk.md). Once the cap is reached a
 * waiting delivery costs one attempt an hour.
 */
record Backoff(Duration base, Duration cap, int maxAttempts) {

    static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 30);

    private static final double LEAST_JITTER = 0.8;

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after attempt number {@code attempts} (1 = the first attempt) failed. */
    Duration delayAfter(int attempts) {
        double jitter = LEAST_JITTER + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(nominalDelayAfter(attempts) * jitter));
    }

    /**
     * The shortest time between a delivery's first attempt and its last, whatever the jitter: an outage
     * shorter than this never makes a delivery FAILED.
     */
    Duration shortestRetryWindow() {
        long millis = 0;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            millis += (long) Math.floor(nominalDelayAfter(attempt) * LEAST_JITTER);
        }
        return Duration.ofMillis(millis);
    }

    private long nominalDelayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        return Math.min(cap.toMillis(), base.toMillis() * (1L << exponent));
    }
}
