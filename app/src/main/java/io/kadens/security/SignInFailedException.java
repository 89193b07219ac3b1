package io.kadens.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in did not succeed. The reason is only ever "invalid" or "throttled": whether the
 * organisation, the email or the password was wrong is never told.
 */
public class SignInFailedException extends AuthenticationException {

    public enum Reason { INVALID, THROTTLED }

    private final Reason reason;

    public SignInFailedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
