package io.kadens.mail;

/** The mail server could not be reached or refused the mail; the message says why, for an operator. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
