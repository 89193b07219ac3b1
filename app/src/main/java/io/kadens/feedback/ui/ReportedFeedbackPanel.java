package io.kadens.feedback.ui;

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
import io.kadens.frontend.Toast;
import io.kadens.feedback.AuthorReveal;
import io.kadens.feedback.FeedbackNotFoundException;
import io.kadens.feedback.FeedbackReport;
import io.kadens.feedback.FeedbackReports;
import io.kadens.feedback.ReportedFeedback;
import io.kadens.feedback.UnmaskRequest;
import io.kadens.feedback.UnmaskStatus;
import io.kadens.platform.InvalidInputException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

/**
 * For HR admins: reported feedback, and the four-eyes unmasking of an anonymous author (one HR admin asks
 * with a reason, another approves or declines, the one who asked then reads the author).
 */
class ReportedFeedbackPanel extends VerticalLayout {

    private final transient FeedbackReports reports;
    private final UUID me;
    private final FeedbackItems.Texts texts;
    private final Locale locale;
    private final ZoneId zone;

    ReportedFeedbackPanel(FeedbackReports reports, UUID me, FeedbackItems.Texts texts, Locale locale, ZoneId zone) {
        this.reports = reports;
        this.me = me;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
        setPadding(false);
        setId("feedback-reports");
        refresh();
    }

    void refresh() {
        removeAll();
        var reported = reports.reported();
        if (reported.isEmpty()) {
            add(new Paragraph(texts.t("feedback.reports.empty")));
            return;
        }
        reported.forEach(item -> add(card(item)));
    }

    private Div card(ReportedFeedback item) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        Div card = new Div();
        card.addClassName("k-card");
        card.addClassName("k-feedback-reported");
        card.getElement().setAttribute("role", "article");
        String about = texts.t("feedback.reports.about", item.receiverName(),
                FeedbackItems.sourceLabel(item.source(), texts), FeedbackItems.month(item.period(), locale))
                + (item.anonymous() ? " · " + texts.t("feedback.anonymous.label") : "");
        card.add(new H3(about), new Paragraph(item.text()));
        for (FeedbackReport report : item.reports()) {
            Span line = new Span(texts.t("feedback.reports.reported-by", report.reporterName(),
                    dates.format(report.reportedAt()), report.reason()));
            line.addClassName("k-muted");
            card.add(new Div(line));
        }
        boolean pending = false;
        for (UnmaskRequest request : item.unmaskRequests()) {
            pending |= request.status() == UnmaskStatus.PENDING;
            card.add(requestLine(request, dates));
        }
        if (item.anonymous() && !pending) {
            Button ask = new Button(texts.t("feedback.unmask.request"), click -> openRequest(item));
            ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
            ask.addClassName("k-feedback-unmask-request");
            card.add(ask);
        }
        return card;
    }

    private HorizontalLayout requestLine(UnmaskRequest request, DateTimeFormatter dates) {
        String status = texts.t("feedback.unmask.status." + request.status().name());
        Span text = new Span(texts.t("feedback.unmask.line", request.requestedByName(),
                dates.format(request.requestedAt()), request.reason(), status)
                + (request.decidedByName() == null ? "" : " · " + texts.t("feedback.unmask.decided-by",
                request.decidedByName())));
        HorizontalLayout line = new HorizontalLayout(text);
        line.setAlignItems(Alignment.BASELINE);
        if (request.status() == UnmaskStatus.PENDING && !me.equals(request.requestedById())) {
            Button approve = new Button(texts.t("feedback.unmask.approve"), click -> act(() -> reports.approveUnmask(
                    request.id()), "feedback.unmask.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_ERROR);
            approve.addClassName("k-feedback-unmask-approve");
            Button decline = new Button(texts.t("feedback.unmask.decline"), click -> act(() -> reports.declineUnmask(
                    request.id()), "feedback.unmask.declined"));
            decline.addClassName("k-feedback-unmask-decline");
            line.add(approve, decline);
        }
        if (request.status() == UnmaskStatus.APPROVED && me.equals(request.requestedById())) {
            Span author = new Span();
            author.addClassName("k-feedback-unmask-author");
            Button show = new Button(texts.t("feedback.unmask.reveal"), click -> {
                try {
                    AuthorReveal revealed = reports.revealAuthor(request.id());
                    author.setText(texts.t("feedback.unmask.result", revealed.authorName()));
                } catch (FeedbackNotFoundException | InvalidInputException gone) {
                    Toast.outcome(true, texts.t("feedback.not-found"));
                }
            });
            show.addClassName("k-feedback-unmask-reveal");
            line.add(show, author);
        }
        return line;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Toast.outcome(false, texts.t(doneKey));
        } catch (InvalidInputException refused) {
            Toast.outcome(true, texts.t(refused.fieldErrors().values().iterator().next()));
        } catch (FeedbackNotFoundException gone) {
            Toast.outcome(true, texts.t("feedback.not-found"));
        }
        refresh();
    }

    private void openRequest(ReportedFeedback item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("feedback.unmask.request"));
        dialog.setWidth("min(560px, 95vw)");
        Paragraph hint = new Paragraph(texts.t("feedback.unmask.hint"));
        hint.addClassName("k-muted");
        TextArea reason = new TextArea(texts.t("feedback.unmask.reason"));
        reason.setId("feedback-unmask-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequired(true);
        Button send = new Button(texts.t("feedback.unmask.send"), click -> {
            try {
                reports.requestUnmask(item.feedbackId(), reason.getValue());
                dialog.close();
                Toast.outcome(false, texts.t("feedback.unmask.requested"));
                refresh();
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(texts.t(refused.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
            } catch (FeedbackNotFoundException gone) {
                dialog.close();
                Toast.outcome(true, texts.t("feedback.not-found"));
            }
        });
        send.setId("feedback-unmask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(texts.t("feedback.close"), click -> dialog.close());
        dialog.add(hint, reason);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        reason.focus();
    }
}
