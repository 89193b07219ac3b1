package io.kadens.reviews.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.reviews.Criterion;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.GoalWeighting;
import io.kadens.reviews.QuestionKind;
import io.kadens.reviews.ReviewAnswer;
import io.kadens.reviews.ReviewAnswer.CriterionRating;
import io.kadens.reviews.ReviewAnswer.EvidenceRef;
import io.kadens.reviews.ReviewAnswer.GoalRating;
import io.kadens.reviews.ReviewDocument.FormQuestion;
import io.kadens.reviews.ReviewDocument.GoalOption;
import io.kadens.reviews.ReviewWriting;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** One question of a review form: a text, a rating on the tenant's scale, a rating per criterion or per goal. */
class QuestionEditor extends Div {

    private final FormQuestion question;
    private final TextArea text = new TextArea();
    private RadioButtonGroup<Integer> rating;
    private final Map<String, RadioButtonGroup<Integer>> criteria = new LinkedHashMap<>();
    private final Map<UUID, RadioButtonGroup<Integer>> goals = new LinkedHashMap<>();
    private final Map<UUID, IntegerField> weights = new LinkedHashMap<>();
    private MultiSelectComboBox<EvidenceItem> evidence;
    private final Span error = new Span();

    QuestionEditor(FormQuestion question, ReviewAnswer answer, List<String> labels, Locale locale, boolean editable,
                   List<EvidenceItem> evidenceOptions, Runnable onChange) {
        this.question = question;
        addClassName("k-review-question");
        setId("question-" + question.id());
        String wording = question.question().text(locale);
        List<Integer> scale = IntStream.rangeClosed(1, labels.size()).boxed().toList();
        QuestionKind kind = question.kind();
        if (kind != QuestionKind.TEXT) {
            add(new H3(wording + (question.question().required() ? " *" : "")));
        }
        switch (kind) {
            case TEXT -> { }
            case RATING -> {
                rating = ratingGroup(getTranslation("reviewwriting.form.rating"), scale, labels, editable);
                rating.setId("rating-" + question.id());
                if (answer != null && answer.rating() != null) {
                    rating.setValue(answer.rating());
                }
                rating.addValueChangeListener(e -> onChange.run());
                add(rating);
            }
            case COMPETENCY_RATING, LEADERSHIP -> {
                for (Criterion c : question.criteria()) {
                    RadioButtonGroup<Integer> group = ratingGroup(c.name(locale), scale, labels, editable);
                    group.setId("criterion-" + question.id() + "-" + c.key());
                    if (answer != null) {
                        answer.criteria().stream().filter(r -> r.criterionId().equals(c.key()) && r.rating() != null)
                                .findFirst().ifPresent(r -> group.setValue(r.rating()));
                    }
                    criteria.put(c.key(), group);
                    add(group);
                }
            }
            case GOAL_RATING -> {
                if (question.goals().isEmpty()) {
                    add(new Span(getTranslation("reviewwriting.form.goals.none")));
                }
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                for (GoalOption g : question.goals()) {
                    RadioButtonGroup<Integer> group = ratingGroup(getTranslation("reviewwriting.form.goal",
                            g.title(), percent.format(g.progress())), scale, labels, editable);
                    group.setId("goal-" + question.id() + "-" + g.goalId());
                    Optional<GoalRating> given = answer == null ? Optional.empty()
                            : answer.goals().stream().filter(r -> r.goalId().equals(g.goalId())).findFirst();
                    given.map(GoalRating::rating).ifPresent(group::setValue);
                    goals.put(g.goalId(), group);
                    add(group);
                    if (question.question().goalWeighting() == GoalWeighting.WRITER_SETS_WEIGHTS) {
                        IntegerField weight = new IntegerField(getTranslation("reviewwriting.form.weight", g.title()));
                        weight.setMin(0);
                        weight.setMax(100);
                        weight.setReadOnly(!editable);
                        given.map(GoalRating::weight).ifPresent(weight::setValue);
                        weights.put(g.goalId(), weight);
                        add(weight);
                    }
                }
            }
        }
        text.setLabel(kind == QuestionKind.TEXT ? wording : getTranslation("reviewwriting.form.comment"));
        text.setRequiredIndicatorVisible(kind == QuestionKind.TEXT && question.question().required());
        text.setMaxLength(ReviewWriting.MAX_TEXT);
        text.setWidthFull();
        text.setReadOnly(!editable);
        text.setId("text-" + question.id());
        if (answer != null && answer.text() != null) {
            text.setValue(answer.text());
        }
        text.addBlurListener(e -> onChange.run());
        if (kind == QuestionKind.TEXT || kind == QuestionKind.RATING || editable || !text.isEmpty()) {
            add(text);
        }
        if (!evidenceOptions.isEmpty()) {
            evidence = new MultiSelectComboBox<>(getTranslation("reviewwriting.form.evidence"));
            evidence.setId("evidence-" + question.id());
            evidence.setItems(evidenceOptions);
            evidence.setItemLabelGenerator(i -> getTranslation("reviewwriting.evidence.type." + i.type().name()) + ": "
                    + shorten(i.title() != null ? i.title() : i.text()));
            evidence.setReadOnly(!editable);
            evidence.setWidthFull();
            if (answer != null) {
                Set<UUID> chosen = new LinkedHashSet<>();
                answer.evidence().forEach(r -> chosen.add(r.id()));
                evidence.setValue(evidenceOptions.stream().filter(i -> chosen.contains(i.id())).toList());
            }
            evidence.addValueChangeListener(e -> onChange.run());
            add(evidence);
        }
        error.addClassName("k-field-error");
        error.getElement().setAttribute("role", "alert");
        add(error);
    }

    private RadioButtonGroup<Integer> ratingGroup(String label, List<Integer> scale, List<String> labels, boolean editable) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setItems(scale);
        group.setItemLabelGenerator(n -> n + " · " + labels.get(n - 1));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setReadOnly(!editable);
        return group;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** The answer as the fields hold it, or empty when nothing was given. */
    Optional<ReviewAnswer> value() {
        String written = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue();
        Integer rated = rating == null ? null : rating.getValue();
        List<CriterionRating> criterionRatings = new ArrayList<>();
        criteria.forEach((key, group) -> {
            if (group.getValue() != null) {
                criterionRatings.add(new CriterionRating(key, group.getValue(), null));
            }
        });
        List<GoalRating> goalRatings = new ArrayList<>();
        goals.forEach((id, group) -> {
            IntegerField weight = weights.get(id);
            Integer w = weight == null ? null : weight.getValue();
            if (group.getValue() != null || w != null) {
                goalRatings.add(new GoalRating(id, w, group.getValue()));
            }
        });
        List<EvidenceRef> refs = evidence == null ? List.of()
                : evidence.getValue().stream().map(i -> new EvidenceRef(i.type(), i.id())).toList();
        if (written == null && rated == null && criterionRatings.isEmpty() && goalRatings.isEmpty() && refs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewAnswer(question.id(), written, rated, criterionRatings, goalRatings, refs));
    }

    boolean isText() {
        return question.kind() == QuestionKind.TEXT;
    }

    /** Takes a drafted text into this answer (after what is written) and attaches the evidence it cites. */
    void useDraft(String draft, List<EvidenceRef> refs) {
        String current = text.getValue() == null ? "" : text.getValue().strip();
        String combined = current.isEmpty() ? draft : current + "\n\n" + draft;
        text.setValue(combined.length() > ReviewWriting.MAX_TEXT ? combined.substring(0, ReviewWriting.MAX_TEXT) : combined);
        if (evidence != null) {
            Set<UUID> ids = new LinkedHashSet<>();
            refs.forEach(r -> ids.add(r.id()));
            Set<EvidenceItem> chosen = new LinkedHashSet<>(evidence.getValue());
            evidence.getListDataView().getItems().filter(i -> ids.contains(i.id())).limit(ReviewWriting.MAX_EVIDENCE_PER_ANSWER)
                    .forEach(chosen::add);
            evidence.setValue(chosen);
        }
        text.focus();
    }

    void showError(String message) {
        error.setText(message);
        if (question.kind() == QuestionKind.TEXT) {
            text.setInvalid(true);
            text.setErrorMessage(message);
        }
    }

    void clearError() {
        error.setText("");
        text.setInvalid(false);
    }
}
