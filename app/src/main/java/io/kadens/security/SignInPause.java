package io.kadens.security;

import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Holds a sign-in attempt back for the throttle's delay before its password is checked. The wait happens
 * on the request's thread; the delays are capped at seconds, and an address that keeps failing is refused
 * instead of held (see {@link SignInThrottle}).
 */
@Component
class SignInPause {

    private volatile Consumer<Duration> waiting = SignInPause::sleep;

    void pause(Duration delay) {
        if (delay.isPositive()) {
            waiting.accept(delay);
        }
    }

    /** Tests note the delays instead of spending them; {@code null} restores real waiting. */
    void replaceWaitingForTests(Consumer<Duration> replacement) {
        waiting = replacement == null ? SignInPause::sleep : replacement;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SignInFailedException(SignInFailedException.Reason.THROTTLED);
        }
    }
}
