package io.kadens.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.ReviewAnswer;
import io.kadens.reviews.ReviewDocument;
import io.kadens.reviews.ReviewEvidence;
import io.kadens.reviews.ReviewSummaryDrafts;
import io.kadens.reviews.ReviewWriting;
import io.kadens.reviews.ReviewWritingChecks;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One review's form beside its evidence: the template's questions for this form, saved as a draft (a second
 * tab is told and keeps what it holds) and submitted when complete. Readers other than the author see it read-only.
 */
@Route("reviews/:reviewId")
@com.vaadin.flow.component.dependency.StyleSheet("context://kadens/reviewwriting.css")
@RolesAllowed(Role.EMPLOYEE_NAME)
class ReviewFormView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private final transient ReviewWriting writing;
    private final transient ReviewEvidence evidence;
    private final transient ReviewWritingChecks checks;
    private final transient CurrentUser currentUser;
    private final transient ReviewSummaryDrafts summaries;
    private final Div content = new Div();
    private final Map<UUID, QuestionEditor> editors = new LinkedHashMap<>();
    private ReviewDocument review;
    private EvidenceColumn panel;
    private ChecksPanel checksPanel;

    ReviewFormView(ReviewWriting writing, ReviewEvidence evidence, ReviewWritingChecks checks, CurrentUser currentUser,
                   ReviewSummaryDrafts summaries) {
        this.currentUser = currentUser;
        this.summaries = summaries;
        this.writing = writing;
        this.evidence = evidence;
        this.checks = checks;
        addClassName("k-page");
        add(content);
    }

    @Override
    public String titleKey() {
        return "reviewwriting.form.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("reviewId").orElse(""));
            review = writing.review(id);
        } catch (IllegalArgumentException | ResourceNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        content.removeAll();
        editors.clear();
        content.add(new H1(getTranslation("reviewwriting.form." + review.form().name(), review.subjectName())));
        content.add(new Paragraph(getTranslation("reviewwriting.form.meta", review.cycleName(),
                date(review.windowStart()), date(review.windowEnd()), date(review.deadline()),
                getTranslation("reviewwriting.status." + review.status().name()))));
        if (review.refusal() != null && review.status() != io.kadens.reviews.ReviewStatus.SUBMITTED) {
            Paragraph refusal = new Paragraph(getTranslation(review.refusal()));
            refusal.setId("review-refusal");
            refusal.addClassName("k-warning");
            content.add(refusal);
        }
        if (review.ratingsHidden()) {
            content.add(new Paragraph(getTranslation("reviewwriting.form.ratings-hidden")));
        }
        boolean writer = review.authorId().equals(currentUser.require().personId());
        panel = writer ? new EvidenceColumn(evidence.panel(review.id()), getLocale()) : null;
        Div form = new Div();
        form.setId("review-form");
        form.addClassName("k-review-form");
        String section = null;
        for (ReviewDocument.FormQuestion q : review.questions()) {
            if (!q.sectionTitleEn().equals(section)) {
                section = q.sectionTitleEn();
                form.add(new H2("sv".equals(getLocale().getLanguage()) ? q.sectionTitleSv() : q.sectionTitleEn()));
            }
            QuestionEditor editor = new QuestionEditor(q, review.answer(q.id()), review.ratingLabels(), getLocale(),
                    review.editable(), panel == null ? List.of() : panel.options(), this::runChecks);
            editors.put(q.id(), editor);
            form.add(editor);
        }
        checksPanel = new ChecksPanel();
        if (review.editable() && review.form() == io.kadens.reviews.ReviewForm.MANAGER) {
            form.add(new SummaryDraftPanel(summaries, review, getLocale(), (text, refs) -> editors.values().stream()
                    .filter(QuestionEditor::isText).findFirst().ifPresent(editor -> {
                        editor.useDraft(text, refs);
                        runChecks();
                    })));
        }
        if (review.editable()) {
            form.add(checksPanel, actions());
        }
        if (panel != null) {
            Div layout = new Div(form, panel);
            layout.addClassName("k-review-layout");
            content.add(layout);
        } else {
            content.add(form);
        }
    }

    private Component actions() {
        Button save = new Button(getTranslation("reviewwriting.form.save"), click -> save(false));
        save.setId("review-save");
        Button submit = new Button(getTranslation("reviewwriting.form.submit"), click -> save(true));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(review.refusal() == null);
        return new HorizontalLayout(save, submit);
    }

    private List<ReviewAnswer> answers() {
        List<ReviewAnswer> answers = new ArrayList<>();
        editors.values().forEach(e -> e.value().ifPresent(answers::add));
        return answers;
    }

    private void runChecks() {
        if (review.editable()) {
            checksPanel.show(checks.check(review.id(), answers()), getLocale());
        }
    }

    private void save(boolean submit) {
        editors.values().forEach(QuestionEditor::clearError);
        List<ReviewAnswer> answers = answers();
        try {
            review = submit ? writing.submit(review.id(), answers, review.version())
                    : writing.saveDraft(review.id(), answers, review.version());
            Toast.success(getTranslation(submit ? "reviewwriting.form.submitted" : "reviewwriting.form.saved"));
            if (submit) {
                show();
            } else {
                runChecks();
            }
        } catch (ConcurrentEditException stale) {
            // what this tab holds stays in the fields; the writer copies what they need, then reloads
            Toast.error(getTranslation("reviewwriting.form.stale"));
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                if (field.startsWith("answers.")) {
                    try {
                        QuestionEditor editor = editors.get(UUID.fromString(field.substring("answers.".length())));
                        if (editor != null) {
                            editor.showError(getTranslation(key));
                        }
                    } catch (IllegalArgumentException ignored) {
                        // a field the form does not show: the joined message below names it
                    }
                }
            });
            Toast.error(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
