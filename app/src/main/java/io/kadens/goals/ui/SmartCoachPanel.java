package io.kadens.goals.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.goals.coach.CoachCheck;
import io.kadens.goals.coach.CoachRequest;
import io.kadens.goals.coach.CoachSuggestions;
import io.kadens.goals.coach.SmartCoachService;
import io.kadens.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The SMART coach next to a goal's text: a live checklist of the five criteria (icon AND words, and
 * the reason in the goal's language), and "Suggest a SMART version" with up to three rewrites, their
 * sources and a "Use this" button that puts the rewrite into the text field.
 *
 * <p>Usage in an editor: {@code SmartCoachPanel coach = new SmartCoachPanel(service); coach.attachTo(textArea);
 * coach.setParentGoalId(parentId); coach.setPeriodEnd(cycleEnd);}. Stable ids for tests:
 * {@code smart-coach}, {@code smart-coach-<criterion>} (specific, measurable, achievable, relevant,
 * timeBound) with {@code data-pass}, {@code smart-coach-suggest}, {@code smart-coach-progress},
 * {@code smart-coach-message}, {@code smart-coach-suggestion-<i>}, {@code smart-coach-suggestion-<i>-use}.
 */
class SmartCoachPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(SmartCoachPanel.class);
    /** How long typing must pause before the checklist is recomputed. */
    public static final int TYPING_PAUSE_MILLIS = 300;
    private static final int POLL_MILLIS = 250;

    private final SmartCoachService service;
    private final Map<SmartCriterion, Row> rows = new EnumMap<>(SmartCriterion.class);
    private final Span score = new Span();
    private final Button suggest = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private final Div suggestions = new Div();
    private Consumer<String> fill = text -> { };
    private java.util.function.Supplier<String> text = () -> "";
    private Registration fieldListener;
    private UUID parentGoalId;
    private LocalDate periodEnd;

    private record Row(ListItem item, Icon pass, Icon fail, Span status, Span reason) {
    }

    public SmartCoachPanel(SmartCoachService service) {
        this.service = service;
        setId("smart-coach");
        setPadding(false);
        setSpacing(false);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("coach.title"));
        H3 title = new H3(getTranslation("coach.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "var(--lumo-space-xs) 0");
        for (SmartCriterion criterion : SmartCriterion.values()) {
            Icon pass = VaadinIcon.CHECK_CIRCLE.create();
            pass.setColor("var(--lumo-success-color)");
            Icon fail = VaadinIcon.CLOSE_CIRCLE_O.create();
            fail.setColor("var(--lumo-error-color)");
            for (Icon icon : List.of(pass, fail)) {
                icon.setSize("var(--lumo-icon-size-s)");
                icon.getElement().setAttribute("aria-hidden", "true");
            }
            Span name = new Span(getTranslation("coach.criterion." + criterion.jsonName()));
            name.getStyle().set("font-weight", "600");
            Span status = new Span();
            status.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Span reason = new Span();
            reason.setId("smart-coach-" + criterion.jsonName() + "-reason");
            reason.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div head = new Div(pass, fail, name, new Span(" "), status);
            head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
            ListItem item = new ListItem(head, reason);
            item.setId("smart-coach-" + criterion.jsonName());
            item.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
            rows.put(criterion, new Row(item, pass, fail, status, reason));
            list.add(item);
        }
        score.setId("smart-coach-score");
        score.getElement().setAttribute("aria-live", "polite");
        suggest.setText(getTranslation("coach.suggest"));
        suggest.setId("smart-coach-suggest");
        suggest.addThemeVariants(ButtonVariant.LUMO_SMALL);
        suggest.addClickListener(click -> startSuggesting());
        progress.setIndeterminate(true);
        progress.setId("smart-coach-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("coach.suggest.running"));
        message.setId("smart-coach-message");
        message.getElement().setAttribute("aria-live", "polite");
        suggestions.setId("smart-coach-suggestions");
        add(title, score, list, suggest, progress, message, suggestions);
        render(service.check(CoachRequest.of("")));
    }

    /** Follows this text area: the checklist updates when typing pauses; "Use this" fills it. */
    public void attachTo(TextArea field) {
        follow(field, field::getValue, field::setValue);
    }

    public void attachTo(TextField field) {
        follow(field, field::getValue, field::setValue);
    }

    private void follow(HasValueChangeMode field, java.util.function.Supplier<String> value, Consumer<String> setter) {
        if (fieldListener != null) {
            fieldListener.remove();
        }
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        this.text = value;
        this.fill = setter;
        fieldListener = ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(change -> refresh());
        refresh();
    }

    /** The goal's parent, for Relevant; null for none. */
    public void setParentGoalId(UUID parentGoalId) {
        this.parentGoalId = parentGoalId;
        refresh();
    }

    /** The last day of the goal's period: suggestions use it as the deadline. */
    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
        refresh();
    }

    private CoachRequest request() {
        String current = text.get();
        return new CoachRequest(current == null ? "" : current, null, parentGoalId, periodEnd);
    }

    /** Recomputes the checklist from the field's current text. */
    public void refresh() {
        try {
            render(service.check(request()));
        } catch (InvalidInputException invalid) {
            // A parent the user may not see, or too long a text: say so instead of a checklist.
            String key = invalid.fieldErrors().values().stream().findFirst().orElse("coach.error.text.long");
            message.setText(getTranslation(key));
        }
    }

    private void render(CoachCheck check) {
        for (SmartCriterion criterion : SmartCriterion.values()) {
            CoachCheck.Criterion verdict = check.criteria().get(criterion.jsonName());
            Row row = rows.get(criterion);
            row.pass().setVisible(verdict.pass());
            row.fail().setVisible(!verdict.pass());
            row.status().setText("(" + getTranslation(verdict.pass() ? "coach.status.pass" : "coach.status.fail") + ")");
            row.reason().setText(verdict.reason());
            row.item().getElement().setAttribute("data-pass", String.valueOf(verdict.pass()));
        }
        score.setText(getTranslation("coach.score", check.score()));
        boolean enabled = service.suggestionsEnabled();
        suggest.setEnabled(enabled);
        if (!enabled) {
            message.setText(getTranslation("coach.suggest.off"));
        } else if (getTranslation("coach.suggest.off").equals(message.getText())) {
            message.setText("");
        }
    }

    private void startSuggesting() {
        UI ui = UI.getCurrent();
        CoachRequest request = request();
        if (request.text().isBlank()) {
            message.setText(getTranslation("coach.error.text.required"));
            return;
        }
        SecurityContext security = SecurityContextHolder.getContext();
        suggest.setEnabled(false);
        progress.setVisible(true);
        message.setText(getTranslation("coach.suggest.running"));
        suggestions.removeAll();
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("smart-coach").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                CoachSuggestions result = service.suggest(request);
                ui.access(() -> showSuggestions(result));
            } catch (InvalidInputException invalid) {
                ui.access(() -> finish(getTranslation(invalid.fieldErrors().values().iterator().next())));
            } catch (RuntimeException failure) {
                log.error("SMART suggestions failed", failure);
                ui.access(() -> finish(getTranslation("coach.suggest.none")));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void finish(String text) {
        progress.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        suggest.setEnabled(service.suggestionsEnabled());
        message.setText(text);
    }

    private void showSuggestions(CoachSuggestions result) {
        finish(result.suggestions().isEmpty() && !"OFF".equals(result.mode())
                ? getTranslation("coach.suggest.none") : result.message());
        suggestions.removeAll();
        List<CoachSuggestions.Suggestion> shown = result.suggestions();
        for (int i = 0; i < shown.size(); i++) {
            CoachSuggestions.Suggestion suggestion = shown.get(i);
            Div card = new Div();
            card.setId("smart-coach-suggestion-" + i);
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                    "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-s)");
            Paragraph text = new Paragraph(suggestion.text());
            text.setId("smart-coach-suggestion-" + i + "-text");
            text.getStyle().set("margin", "0");
            Span grade = new Span(getTranslation("coach.suggestion.score", suggestion.score()));
            grade.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(text, grade);
            if (!suggestion.citations().isEmpty()) {
                Div sources = new Div(new Span(getTranslation("coach.suggestion.sources") + " "));
                sources.getStyle().set("font-size", "var(--lumo-font-size-s)");
                for (CoachSuggestions.Citation citation : suggestion.citations()) {
                    String label = getTranslation("coach.citation." + citationType(citation.type())) + ": "
                            + (citation.title() == null ? citation.id() : citation.title());
                    sources.add(citation.link() != null && !citation.link().isBlank()
                            ? new Anchor(citation.link(), label) : new Span(label));
                    sources.add(new Span(" "));
                }
                card.add(sources);
            }
            if ("QUESTION".equals(suggestion.kind())) {
                // A question to answer, not a text to take over: no target was on the goal's topic.
                grade.setText(getTranslation("coach.suggestion.question"));
                if (!suggestion.metrics().isEmpty()) {
                    Span metrics = new Span(getTranslation("coach.suggestion.metrics",
                            String.join(", ", suggestion.metrics())));
                    metrics.setId("smart-coach-suggestion-" + i + "-metrics");
                    metrics.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                    card.addComponentAtIndex(1, metrics);
                }
                suggestions.add(card);
                continue;
            }
            Button use = new Button(getTranslation("coach.suggestion.use"), click -> {
                fill.accept(suggestion.text());
                refresh();
            });
            use.setId("smart-coach-suggestion-" + i + "-use");
            use.getElement().setAttribute("aria-label", getTranslation("coach.suggestion.use.label", i + 1));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            card.add(new Div(use));
            suggestions.add(card);
        }
    }

    private static String citationType(String type) {
        return switch (type) {
            case "goal", "content", "training" -> type;
            default -> "content";
        };
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
