package io.kadens.notifications;

import com.vaadin.flow.i18n.I18NProvider;
import io.kadens.mail.MailFrame;
import io.kadens.organisation.Organisation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a notification for its recipient at send time: their language (their own choice, else
 * the tenant's), dates in that language's format and in the tenant's time zone.
 */
@Component
class NotificationRenderer {

    private final I18NProvider translations;
    private final String publicUrl;

    NotificationRenderer(I18NProvider translations, @Value("${kadens.public-url}") String publicUrl) {
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    RenderedMessage render(NotificationKind kind, NotificationFacts facts, String recipientGivenName, Locale locale,
                           String timeZone) {
        ZoneId zone = Organisation.zoneOf(timeZone);
        String when = facts.at() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).format(facts.at().atZone(zone));
        String due = facts.due() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(facts.due());
        String prefix = "notifications." + kind.key();
        String counterpart = facts.counterpartName() == null ? "" : facts.counterpartName();
        String question = facts.question() == null ? "" : facts.question();
        String subject = t(locale, prefix + ".subject", counterpart, when, due);
        String greeting = t(locale, "notifications.greeting", recipientGivenName);
        String body = t(locale, prefix + ".body", counterpart, when, due, question);
        String link = facts.link() == null ? publicUrl : publicUrl + facts.link();
        String action = t(locale, prefix + ".action");
        String footer = t(locale, "notifications.footer");

        List<String> agenda = facts.agenda();
        boolean showsAgenda = kind == NotificationKind.ONE_ON_ONE_TOMORROW;
        String agendaHeading = t(locale, "notifications.agenda.heading");
        String agendaEmpty = t(locale, "notifications.agenda.empty");

        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body).append("\n\n");
        MailFrame html = MailFrame.of(locale, subject).paragraph(greeting).paragraph(body);
        if (showsAgenda) {
            text.append(agendaHeading).append(":\n");
            html.heading(agendaHeading);
            if (agenda.isEmpty()) {
                text.append(agendaEmpty).append('\n');
                html.paragraph(agendaEmpty);
            } else {
                agenda.forEach(point -> text.append("- ").append(point).append('\n'));
                html.list(agenda);
            }
            text.append('\n');
        }
        text.append(action).append(":\n").append(link).append("\n\n").append(footer).append('\n');
        html.action(link, action).footer(footer);

        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(section(slack(body)));
        if (showsAgenda) {
            StringBuilder points = new StringBuilder("*").append(slack(agendaHeading)).append("*\n");
            if (agenda.isEmpty()) {
                points.append("_").append(slack(agendaEmpty)).append("_");
            } else {
                agenda.forEach(point -> points.append("• ").append(slack(point)).append('\n'));
            }
            blocks.add(section(points.toString().strip()));
        }
        blocks.add(section("<" + link + "|" + slack(action) + ">"));
        return new RenderedMessage(locale, subject, text.toString(), html.html(), body, List.copyOf(blocks));
    }

    private static Map<String, Object> section(String markdown) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", markdown));
    }

    /** Slack's mrkdwn needs &, < and > escaped; nothing else. */
    private static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
