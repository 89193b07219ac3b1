package io.kadens.reviews;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kadens.platform.KadensTranslations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The review packet as PDF: the manager review, the final rating, the pooled 360 results and the acknowledgement, in
 * the reader's language, rendered from XHTML by openhtmltopdf on pdfbox in the JVM (no browser). It shows exactly
 * what {@link SharedReview} lets the reader see: nothing rated for an employee before sharing.
 */
@Component
class ReviewPacket {

    private final KadensTranslations translations;

    ReviewPacket(KadensTranslations translations) {
        this.translations = translations;
    }

    byte[] pdf(SharedReview review, Locale locale, ZoneId zone) {
        String html = html(review, locale, zone);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the review packet could not be rendered", e);
        }
    }

    String html(SharedReview review, Locale locale, ZoneId zone) {
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(t(locale, "review360.packet.title")))
                .append("</title><style>body{font-family:sans-serif;font-size:11pt;} h1{font-size:18pt;} "
                        + "h2{font-size:14pt;margin-top:18pt;} table{border-collapse:collapse;width:100%;} "
                        + "td,th{border:1px solid #999;padding:3pt;text-align:left;}</style></head><body>");
        h.append("<h1>").append(esc(t(locale, "review360.packet.title"))).append("</h1>");
        h.append("<p>").append(esc(t(locale, "review360.packet.about", review.employeeName(), review.cycleName())))
                .append("</p>");
        if (review.managerName() != null) {
            h.append("<p>").append(esc(t(locale, "review360.packet.manager", review.managerName()))).append("</p>");
        }
        if (!review.ratingsVisible()) {
            h.append("<p>").append(esc(t(locale, "review360.review.not-shared"))).append("</p></body></html>");
            return h.toString();
        }
        h.append("<h2>").append(esc(t(locale, "review360.review.final-rating"))).append("</h2><p>")
                .append(review.finalRating() == null ? esc(t(locale, "review360.review.no-rating"))
                        : review.finalRating() + (review.finalRatingLabel() == null ? "" : " \u2013 " + esc(review.finalRatingLabel())))
                .append("</p>");
        h.append("<h2>").append(esc(t(locale, "review360.review.manager-review"))).append("</h2>");
        for (SharedReview.Answer answer : review.managerReview()) {
            h.append("<h3>").append(esc(answer.question())).append("</h3>");
            if (answer.rating() != null) {
                h.append("<p>").append(esc(t(locale, "review360.review.rating", answer.rating(),
                        answer.ratingLabel() == null ? "" : answer.ratingLabel()))).append("</p>");
            }
            for (SharedReview.CriterionAnswer c : answer.criteria()) {
                h.append("<p>").append(esc(c.name())).append(": ").append(c.rating() == null ? "\u2013" : c.rating())
                        .append(c.text() == null ? "" : " \u2013 " + esc(c.text())).append("</p>");
            }
            for (SharedReview.GoalAnswer g : answer.goals()) {
                h.append("<p>").append(esc(t(locale, "review360.review.goal", g.weight() == null ? 0 : g.weight(),
                        g.rating() == null ? "\u2013" : g.rating()))).append("</p>");
            }
            if (answer.text() != null) {
                h.append("<p>").append(esc(answer.text())).append("</p>");
            }
        }
        if (review.results360() != null) {
            h.append("<h2>").append(esc(t(locale, "review360.results.heading"))).append("</h2>");
            h.append("<p>").append(esc(t(locale, "review360.results.intro", review.results360().threshold()))).append("</p>");
            for (Pooled360.SourceResults source : review.results360().sources()) {
                h.append("<h3>").append(esc(t(locale, "review360.results.source." + source.source().name()))).append("</h3>");
                for (Pooled360.QuestionResult q : source.questions()) {
                    h.append("<p><b>").append(esc(q.text())).append("</b></p>");
                    if (q.withheld()) {
                        h.append("<p>").append(esc(t(locale, "review360.results.withheld"))).append("</p>");
                        continue;
                    }
                    h.append("<p>").append(esc(t(locale, "review360.results.answers", q.answers()))).append("</p>");
                    if (q.average() != null) {
                        h.append("<p>").append(esc(t(locale, "review360.results.average", q.average()))).append("</p>");
                    }
                    for (Pooled360.CriterionResult c : q.criteria()) {
                        h.append("<p>").append(esc(c.name())).append(": ").append(c.withheld()
                                ? esc(t(locale, "review360.results.withheld"))
                                : esc(t(locale, "review360.results.average", c.average()))).append("</p>");
                    }
                    if (!q.comments().isEmpty()) {
                        h.append("<ul>");
                        q.comments().forEach(comment -> h.append("<li>").append(esc(comment)).append("</li>"));
                        h.append("</ul>");
                    }
                }
            }
        }
        h.append("<h2>").append(esc(t(locale, "review360.review.acknowledgement"))).append("</h2><p>");
        if (review.acknowledgedAt() == null) {
            h.append(esc(t(locale, "review360.review.not-acknowledged")));
        } else {
            h.append(esc(t(locale, "review360.review.acknowledged-at", at.format(review.acknowledgedAt()))));
        }
        h.append("</p>");
        if (review.employeeComment() != null) {
            h.append("<p>").append(esc(review.employeeComment())).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
