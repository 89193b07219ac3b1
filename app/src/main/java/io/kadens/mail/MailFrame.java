package io.kadens.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML frame every Kadens email shares: document language, title, body font and the action
 * button. Features add their content block by block; every text is escaped here, so no caller can
 * forget it. The plain-text body stays the caller's.
 *
 * <p>It lives with {@link Mail} rather than in the Vaadin UI kit: mails are rendered by background
 * work (the outbox), not by a page, and need no Vaadin at all.
 */
public final class MailFrame {

    private static final String ACTION_STYLE = "display: inline-block; padding: 10px 16px; background: #1f5eb8;"
            + " color: #ffffff; text-decoration: none; border-radius: 6px;";

    private final Locale locale;
    private final String title;
    private final List<String> blocks = new ArrayList<>();

    private MailFrame(Locale locale, String title) {
        this.locale = locale;
        this.title = title;
    }

    /** A mail in {@code locale}'s language, titled (usually by its subject). */
    public static MailFrame of(Locale locale, String title) {
        return new MailFrame(locale, title);
    }

    public MailFrame paragraph(String text) {
        blocks.add("<p>" + e(text) + "</p>");
        return this;
    }

    /** Smaller print, such as the link written out for mail clients that do not show the button. */
    public MailFrame smallPrint(String text) {
        blocks.add("<p style=\"font-size: 90%;\">" + e(text) + "</p>");
        return this;
    }

    /** The closing note that says why the person got this mail. */
    public MailFrame footer(String text) {
        blocks.add("<p style=\"font-size: 90%; color: #555;\">" + e(text) + "</p>");
        return this;
    }

    public MailFrame heading(String text) {
        blocks.add("<h2 style=\"font-size: 110%;\">" + e(text) + "</h2>");
        return this;
    }

    /** A bulleted list; nothing when {@code items} is empty. */
    public MailFrame list(List<String> items) {
        if (!items.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>");
            items.forEach(item -> list.append("<li>").append(e(item)).append("</li>"));
            blocks.add(list.append("</ul>").toString());
        }
        return this;
    }

    /** The one thing to do, as a button-like link. */
    public MailFrame action(String href, String label) {
        blocks.add("<p><a href=\"" + e(href) + "\" style=\"" + ACTION_STYLE + "\">" + e(label) + "</a></p>");
        return this;
    }

    public String html() {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">
                %s
                </body></html>
                """.formatted(e(locale.getLanguage()), e(title), String.join("\n", blocks));
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
