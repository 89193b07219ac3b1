package io.kadens.operator;

/** The operator's sign-in link is unknown, used or expired: a new start with the bootstrap email issues another. */
public class OperatorLinkUnusableException extends RuntimeException {

    public OperatorLinkUnusableException() {
        super("operator sign-in link unusable");
    }
}
