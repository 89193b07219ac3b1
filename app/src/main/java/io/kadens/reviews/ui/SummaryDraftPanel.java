package io.kadens.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.ReviewAnswer.EvidenceRef;
import io.kadens.reviews.ReviewDocument;
import io.kadens.reviews.ReviewSummaryDrafts;
import io.kadens.reviews.ReviewSummaryDrafts.Insight;
import io.kadens.reviews.ReviewSummaryDrafts.SummaryDraft;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * "Draft the manager's summary": the evidence of the look-back as insights with their support, ticked by the writer,
 * and a cited draft saying how many it used. It fills no rating; the writer takes the text into an answer.
 */
class SummaryDraftPanel extends Div {

    private final transient ReviewSummaryDrafts drafts;
    private final ReviewDocument review;
    private final Locale locale;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CheckboxGroup<Insight> insights = new CheckboxGroup<>();
    private final Div result = new Div();
    private final transient BiConsumer<String, List<EvidenceRef>> use;

    SummaryDraftPanel(ReviewSummaryDrafts drafts, ReviewDocument review, Locale locale,
                      BiConsumer<String, List<EvidenceRef>> use) {
        this.drafts = drafts;
        this.review = review;
        this.locale = locale;
        this.use = use;
        setId("review-summary");
        addClassName("k-review-summary");
        add(new H2(getTranslation("reviewwriting.summary.heading")),
                new Paragraph(getTranslation("reviewwriting.summary.intro")));
        from.setLabel(getTranslation("reviewwriting.summary.from"));
        to.setLabel(getTranslation("reviewwriting.summary.to"));
        from.setLocale(locale);
        to.setLocale(locale);
        from.setValue(review.windowStart());
        to.setValue(review.windowEnd());
        from.setId("review-summary-from");
        to.setId("review-summary-to");
        Button refresh = new Button(getTranslation("reviewwriting.summary.refresh"), click -> loadInsights());
        refresh.setId("review-summary-refresh");
        HorizontalLayout period = new HorizontalLayout(from, to, refresh);
        period.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        insights.setLabel(getTranslation("reviewwriting.summary.insights"));
        insights.setId("review-summary-insights");
        insights.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        insights.setItemLabelGenerator(this::label);
        Button draft = new Button(getTranslation("reviewwriting.summary.draft"), click -> draft());
        draft.setId("review-summary-draft");
        result.setId("review-summary-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(period, insights, draft, result);
        loadInsights();
    }

    private String label(Insight insight) {
        String support = getTranslation("reviewwriting.summary.support." + insight.support().name(),
                insight.sources().size(), insight.spread());
        return insight.text() + " — " + support;
    }

    private void loadInsights() {
        try {
            List<Insight> found = drafts.insights(review.id(), from.getValue(), to.getValue(), locale).insights();
            insights.setItems(found);
            insights.select(found.stream().filter(i -> i.support() != ReviewSummaryDrafts.Support.WEAK).toList());
            result.removeAll();
            if (found.isEmpty()) {
                result.add(new Paragraph(getTranslation("reviewwriting.summary.none")));
            }
        } catch (InvalidInputException invalid) {
            Toast.error(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
        }
    }

    private void draft() {
        result.removeAll();
        try {
            SummaryDraft draft = drafts.draft(review.id(), insights.getSelectedItems().stream().map(Insight::id).toList(),
                    from.getValue(), to.getValue(), locale);
            result.add(new Paragraph(getTranslation(draft.messageKey())));
            if (draft.lines().isEmpty()) {
                return;
            }
            Paragraph used = new Paragraph(getTranslation("reviewwriting.summary.used", draft.used(), draft.offered()));
            used.setId("review-summary-used");
            result.add(used);
            OrderedList lines = new OrderedList();
            StringBuilder text = new StringBuilder();
            List<EvidenceRef> cited = new java.util.ArrayList<>();
            for (ReviewSummaryDrafts.DraftLine line : draft.lines()) {
                String sources = String.join(", ", line.citations().stream()
                        .map(c -> getTranslation("reviewwriting.evidence.type." + c.type().name())).toList());
                lines.add(new ListItem(line.text() + " [" + sources + "]"));
                text.append(text.isEmpty() ? "" : "\n").append(line.text());
                line.citations().stream().filter(c -> !cited.contains(c)).forEach(cited::add);
            }
            result.add(lines);
            if (draft.dropped() > 0) {
                result.add(new Paragraph(getTranslation("reviewwriting.summary.dropped", draft.dropped())));
            }
            Button insert = new Button(getTranslation("reviewwriting.summary.insert"),
                    click -> use.accept(text.toString(), cited));
            insert.setId("review-summary-insert");
            result.add(insert);
        } catch (InvalidInputException invalid) {
            Toast.error(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
        }
    }
}
