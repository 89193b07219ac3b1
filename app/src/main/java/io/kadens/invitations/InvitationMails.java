package io.kadens.invitations;

import com.vaadin.flow.i18n.I18NProvider;
import io.kadens.mail.Mail;
import io.kadens.mail.MailFrame;
import io.kadens.organisation.Organisation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes the invitation email in the invitee's language, as plain text and as HTML. */
@Component
class InvitationMails {

    /** The route of the invitation page; the token follows it. */
    static final String ROUTE = "invitation";

    private final I18NProvider translations;
    private final String publicUrl;

    InvitationMails(I18NProvider translations, @Value("${kadens.public-url}") String publicUrl) {
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    String link(String token) {
        return publicUrl + ROUTE + "/" + token;
    }

    Mail compose(IssuedInvitation invitation) {
        Locale locale = invitation.locale();
        String link = link(invitation.token());
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(invitation.expiresAt().atZoneSameInstant(Organisation.zoneOf(invitation.timeZone())));
        String subject = t(locale, "access.mail.subject", invitation.organisationName());
        String greeting = t(locale, "access.mail.greeting", invitation.givenName());
        String body = t(locale, "access.mail.body", invitation.organisationName());
        String action = t(locale, "access.mail.action");
        String expiry = t(locale, "access.mail.expiry", expires);
        String signIn = t(locale, "access.mail.sign-in", invitation.email());
        String ignore = t(locale, "access.mail.ignore");

        String text = String.join("\n\n", greeting, body, action + ":\n" + link, expiry, signIn, ignore) + "\n";
        String html = MailFrame.of(locale, subject)
                .paragraph(greeting)
                .paragraph(body)
                .action(link, action)
                .smallPrint(link)
                .paragraph(expiry)
                .paragraph(signIn)
                .paragraph(ignore)
                .html();
        return new Mail(invitation.email(), subject, text, html, locale);
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
