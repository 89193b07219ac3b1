package io.kadens.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackItem;
import io.kadens.feedback.FeedbackNotFoundException;
import io.kadens.feedback.FeedbackReply;
import io.kadens.feedback.FeedbackReports;
import io.kadens.feedback.FeedbackSource;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** How feedback items and their threads show, shared by the feedback pages. */
final class FeedbackItems {

    private FeedbackItems() {
    }

    interface Texts extends BiFunction<String, Object[], String> {
        default String t(String key, Object... params) {
            return apply(key, params);
        }
    }

    static String sourceLabel(FeedbackSource source, Texts texts) {
        return texts.t("feedback.source." + source.name().toLowerCase(Locale.ROOT));
    }

    static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /**
     * One item as a card. Anonymous items show no author and no date, only their month; what they answer
     * and which goal they are about are not shown either.
     */
    static Component card(FeedbackItem item, boolean givenList, Feedback feedback, Texts texts, Locale locale,
                          Runnable changed) {
        return card(item, givenList, feedback, null, texts, locale, changed);
    }

    /** A card that, on the receiver's side, also offers to report the item (when {@code reports} is given). */
    static Component card(FeedbackItem item, boolean givenList, Feedback feedback, FeedbackReports reports,
                          Texts texts, Locale locale, Runnable changed) {
        Div card = new Div();
        card.addClassName("k-card");
        card.addClassName("k-feedback-item");
        card.getElement().setAttribute("role", "article");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String who;
        if (givenList) {
            who = texts.t("feedback.to", item.receiverName());
        } else if (item.anonymous()) {
            who = sourceLabel(item.source(), texts);
        } else {
            who = texts.t("feedback.from", item.authorName()) + " · " + sourceLabel(item.source(), texts);
        }
        String when = item.givenOn() != null ? dates.format(item.givenOn())
                : texts.t("feedback.period", month(item.period(), locale));
        H3 heading = new H3(who);
        heading.addClassName("k-feedback-heading");
        Span meta = new Span(when + (item.anonymous() ? " · " + texts.t("feedback.anonymous.label") : ""));
        meta.addClassName("k-muted");
        Paragraph text = new Paragraph(item.text());
        text.addClassName("k-feedback-text");
        card.add(heading, meta, text);
        HorizontalLayout tags = new HorizontalLayout();
        tags.setSpacing(true);
        if (item.competency() != null) {
            tags.add(badge(texts.t("feedback.about-competency", item.competency())));
        }
        if (item.goalId() != null) {
            tags.add(badge(texts.t("feedback.about-goal")));
        }
        if (item.requestId() != null) {
            tags.add(badge(texts.t("feedback.answers-request")));
        }
        if (tags.getComponentCount() > 0) {
            card.add(tags);
        }
        Button replies = new Button(texts.t("feedback.replies", item.replyCount()),
                click -> openThread(item, feedback, texts, locale, changed));
        replies.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replies.addClassName("k-feedback-replies");
        if (reports != null && !givenList && !item.mine()) {
            Button report = new Button(texts.t("feedback.report.action"), click -> openReport(item, reports, texts));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            report.addClassName("k-feedback-report");
            report.getElement().setAttribute("aria-label", texts.t("feedback.report.action-label"));
            card.add(new HorizontalLayout(replies, report));
        } else {
            card.add(replies);
        }
        return card;
    }

    /** Asks for a reason and reports the item; reporting shares its text with the HR admins, which it says. */
    static void openReport(FeedbackItem item, FeedbackReports reports, Texts texts) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("feedback.report.heading"));
        dialog.setWidth("min(560px, 95vw)");
        Paragraph hint = new Paragraph(texts.t("feedback.report.hint"));
        hint.addClassName("k-muted");
        TextArea reason = new TextArea(texts.t("feedback.report.reason"));
        reason.setId("feedback-report-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequired(true);
        Button send = new Button(texts.t("feedback.report.send"), click -> {
            try {
                reports.report(item.id(), reason.getValue());
                dialog.close();
                Toast.outcome(false, texts.t("feedback.report.sent"));
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(texts.t(refused.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
            } catch (FeedbackNotFoundException gone) {
                dialog.close();
                Toast.outcome(true, texts.t("feedback.not-found"));
            }
        });
        send.setId("feedback-report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(texts.t("feedback.close"), click -> dialog.close());
        dialog.add(hint, reason);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        reason.focus();
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static void openThread(FeedbackItem item, Feedback feedback, Texts texts, Locale locale, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("feedback.replies.heading"));
        dialog.setWidth("min(640px, 95vw)");
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        thread.setId("feedback-thread");
        Runnable load = () -> {
            thread.removeAll();
            Paragraph original = new Paragraph(item.text());
            original.addClassName("k-muted");
            thread.add(original);
            List<FeedbackReply> replies;
            try {
                replies = feedback.replies(item.id());
            } catch (FeedbackNotFoundException gone) {
                thread.add(new Span(texts.t("feedback.not-found")));
                return;
            }
            if (replies.isEmpty()) {
                thread.add(new Span(texts.t("feedback.replies.empty")));
            }
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            for (FeedbackReply reply : replies) {
                String author = reply.byAnonymousAuthor() ? texts.t("feedback.reply.anonymous-author")
                        : reply.authorName();
                String when = reply.writtenAt() == null
                        ? texts.t("feedback.period", month(YearMonth.from(reply.writtenOn()), locale))
                        : dates.format(reply.writtenOn());
                Div entry = new Div(new Span(author + " · " + when), new Paragraph(reply.text()));
                entry.addClassName("k-feedback-reply");
                thread.add(entry);
            }
        };
        load.run();
        TextArea text = new TextArea(texts.t("feedback.reply.text"));
        text.setId("feedback-reply-text");
        text.setWidthFull();
        text.setMaxLength(2000);
        Button send = new Button(texts.t("feedback.send"), click -> {
            try {
                feedback.reply(item.id(), text.getValue());
                text.clear();
                text.setInvalid(false);
                load.run();
                changed.run();
            } catch (InvalidInputException refused) {
                text.setErrorMessage(texts.t(refused.fieldErrors().values().iterator().next()));
                text.setInvalid(true);
            } catch (FeedbackNotFoundException gone) {
                Toast.error(texts.t("feedback.not-found"));
            }
        });
        send.setId("feedback-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(texts.t("feedback.close"), click -> dialog.close());
        dialog.add(thread, text);
        dialog.getFooter().add(close, send);
        dialog.open();
    }
}
