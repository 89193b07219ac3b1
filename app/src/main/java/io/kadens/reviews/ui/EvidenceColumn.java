package io.kadens.reviews.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.kadens.reviews.EvidencePanel;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.ReviewAnswer.EvidenceType;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The evidence beside the form: goals, check-ins, feedback with its figures, praise, the plan, and the recency. */
class EvidenceColumn extends Aside {

    private final EvidencePanel panel;

    EvidenceColumn(EvidencePanel panel, Locale locale) {
        this.panel = panel;
        setId("review-evidence");
        addClassName("k-review-evidence");
        getElement().setAttribute("aria-labelledby", "review-evidence-heading");
        H2 heading = new H2(getTranslation("reviewwriting.evidence.heading"));
        heading.setId("review-evidence-heading");
        add(heading);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        add(new Paragraph(getTranslation("reviewwriting.evidence.window", dates.format(panel.windowStart()),
                dates.format(panel.windowEnd()))));
        EvidencePanel.Recency recency = panel.recency();
        Paragraph recencyText = new Paragraph(getTranslation("reviewwriting.evidence.recency", recency.recent(),
                recency.dated(), recency.percent()));
        recencyText.setId("review-evidence-recency");
        add(recencyText);
        if (recency.lopsided()) {
            Paragraph warning = new Paragraph(getTranslation("reviewwriting.evidence.recency.warning"));
            warning.addClassName("k-warning");
            add(warning);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        for (EvidenceType type : List.of(EvidenceType.GOAL, EvidenceType.CHECK_IN, EvidenceType.ONE_ON_ONE,
                EvidenceType.FEEDBACK,
                EvidenceType.PRAISE, EvidenceType.DEVELOPMENT_PLAN)) {
            List<EvidenceItem> items = panel.of(type);
            if (type == EvidenceType.DEVELOPMENT_PLAN && items.isEmpty()) {
                continue;
            }
            add(new H3(getTranslation("reviewwriting.evidence.section." + type.name(), items.size())));
            if (type == EvidenceType.FEEDBACK) {
                EvidencePanel.FeedbackCounts counts = panel.feedback();
                add(new Paragraph(getTranslation("reviewwriting.evidence.feedback.counts", counts.total(), counts.named(),
                        counts.anonymous())));
                if (panel.feedbackSummaryLink() != null) {
                    add(new Anchor(panel.feedbackSummaryLink(), getTranslation("reviewwriting.evidence.feedback.summary")));
                }
            }
            if (items.isEmpty()) {
                add(new Paragraph(getTranslation("reviewwriting.evidence.none")));
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.setId("review-evidence-" + type.name().toLowerCase(Locale.ROOT));
            for (EvidenceItem item : items) {
                ListItem li = new ListItem();
                String title = item.title() != null && !item.title().isBlank() ? item.title() : item.text();
                if (type == EvidenceType.ONE_ON_ONE) {
                    title = getTranslation("reviewwriting.evidence.oneonone.title", item.title() == null ? "" : item.title());
                }
                if (item.link() != null) {
                    Anchor link = new Anchor(item.link(), title == null ? "" : title);
                    // a link inside running text is told apart by more than its colour (WCAG 1.4.1)
                    link.getStyle().set("text-decoration", "underline");
                    li.add(link);
                } else {
                    li.add(new Span(title == null ? "" : title));
                }
                StringBuilder facts = new StringBuilder();
                if (item.on() != null) {
                    facts.append(dates.format(item.on()));
                }
                if (item.progress() != null && type == EvidenceType.GOAL) {
                    facts.append(facts.isEmpty() ? "" : " · ").append(percent.format(item.progress()));
                }
                if (type == EvidenceType.ONE_ON_ONE) {
                    panel.oneOnOne(item.id()).ifPresent(f -> facts.append(facts.isEmpty() ? "" : " · ")
                            .append(getTranslation("reviewwriting.evidence.oneonone.agenda", f.agendaPoints(), f.covered()))
                            .append(" · ").append(f.sharedNotes()
                                    ? getTranslation("reviewwriting.evidence.oneonone.notes", f.sharedNoteWords())
                                    : getTranslation("reviewwriting.evidence.oneonone.no-notes")));
                } else if (item.source() != null && type != EvidenceType.DEVELOPMENT_PLAN) {
                    facts.append(facts.isEmpty() ? "" : " · ").append(sourceLabel(type, item.source()));
                }
                if (item.title() != null && item.text() != null && type == EvidenceType.FEEDBACK) {
                    li.add(new Paragraph(item.text()));
                }
                if (!facts.isEmpty()) {
                    Span meta = new Span(" (" + facts + ")");
                    meta.addClassName("k-muted");
                    li.add(meta);
                }
                list.add(li);
            }
            add(list);
        }
    }

    private String sourceLabel(EvidenceType type, String source) {
        return switch (type) {
            case FEEDBACK -> getTranslation("reviewwriting.evidence.source." + source);
            case GOAL -> getTranslation("reviewwriting.evidence.health." + source);
            default -> source;
        };
    }

    List<EvidenceItem> options() {
        return panel.items();
    }
}
