package io.kadens.mail;

/**
 * Delivers mail. The only way features send email, so that delivery can move behind a
 * transactional outbox later without touching them. Today it talks SMTP directly.
 */
public interface Mailer {

    /**
     * Hands the mail to the mail server now.
     *
     * @throws MailDeliveryException when the server cannot be reached or refuses the mail
     */
    void send(Mail mail);
}
