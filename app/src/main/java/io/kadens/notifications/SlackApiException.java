package io.kadens.notifications;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack answered with an error (ok:false with its error code, HTTP 429 or 5xx) or could not be
 * reached. Every one of these is retried from the outbox; {@code retryAfter} is Slack's own
 * Retry-After when it gave one.
 */
class SlackApiException extends RuntimeException {

    private final transient Optional<Duration> retryAfter;

    SlackApiException(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    SlackApiException(String message, Throwable cause) {
        super(message, cause);
        this.retryAfter = Optional.empty();
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
