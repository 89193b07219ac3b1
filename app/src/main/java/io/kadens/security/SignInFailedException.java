package io.kadens.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in did not succeed. The reason is "invalid", "throttled" or "suspended": whether the
 * organisation, the email or the password was wrong is never told, and "suspended" is told only
 * to someone whose email and password were right.
 */
public class SignInFailedException extends AuthenticationException {

    public enum Reason { INVALID, THROTTLED, SUSPENDED }

    private final Reason reason;

    public SignInFailedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
