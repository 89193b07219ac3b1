package io.kadens.mail;

import java.util.Locale;

/**
 * One email to one person, already in their language: a plain-text body and the same content
 * as HTML. Callers build it; a {@link Mailer} delivers it.
 */
public record Mail(String to, String subject, String text, String html, Locale locale) {

    public Mail {
        if (to == null || to.isBlank() || subject == null || text == null || html == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and both bodies");
        }
    }
}
