package io.kadens.learningdrafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.kadens.ai.AiResult;
import io.kadens.ai.SourceRef;
import io.kadens.ai.learningpaths.LearningPathDraft;
import io.kadens.ai.learningpaths.LearningPathOutcome;
import io.kadens.ai.learningpaths.LearningPathRequest;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.learningdrafts.LearningPathDrafts;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * HR admins ask for a learning path or a course outline for a competency and a level, edit the draft and
 * publish it as an internal training item. The draft lists the sources every step rests on; nothing is
 * saved until HR publishes. Reached from the training library's administration page.
 */
@Route("admin/learning-drafts")
@RolesAllowed(Role.HR_ADMIN_NAME)
class LearningDraftsView extends Main implements PageTitles.Translated {

    private final transient LearningPathDrafts drafts;
    private final Select<Competency> competency = new Select<>();
    private final Select<Integer> level = new Select<>();
    private final RadioButtonGroup<LearningPathRequest.Kind> kind = new RadioButtonGroup<>();
    private final Select<String> language = new Select<>();
    private final Div result = new Div();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private LearningPathDraft current;
    private UUID draftedFor;

    LearningDraftsView(LearningPathDrafts drafts, CompetencyFrameworks frameworks) {
        this.drafts = drafts;
        addClassName("k-page");

        competency.setId("learning-draft-competency");
        competency.setLabel(getTranslation("learningdrafts.competency"));
        java.util.List<Competency> competencies = frameworks.competencies(false);
        competency.setItems(competencies);
        competency.setItemLabelGenerator(Competency::name);
        competency.setEmptySelectionAllowed(false);
        if (!competencies.isEmpty()) {
            competency.setValue(competencies.getFirst());
        }

        level.setId("learning-draft-level");
        level.setLabel(getTranslation("learningdrafts.level"));
        level.setItems(IntStream.rangeClosed(1, frameworks.scale().levels()).boxed().toList());
        level.setItemLabelGenerator(n -> getTranslation("learningdrafts.level.option", n));
        level.setValue(Math.min(3, frameworks.scale().levels()));

        kind.setId("learning-draft-kind");
        kind.setLabel(getTranslation("learningdrafts.kind"));
        kind.setItems(LearningPathRequest.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("learningdrafts.kind." + k.name()));
        kind.setValue(LearningPathRequest.Kind.LEARNING_PATH);

        language.setId("learning-draft-language");
        language.setLabel(getTranslation("learningdrafts.language"));
        language.setItems("en", "sv");
        language.setItemLabelGenerator(code -> getTranslation("learningdrafts.language." + code));
        language.setValue("sv".equals(getLocale().getLanguage()) ? "sv" : "en");

        Button draft = new Button(getTranslation("learningdrafts.draft"), click -> draft());
        draft.setId("learning-draft-run");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(competency, level, kind, language);
        result.setId("learning-draft-result");
        result.getElement().setAttribute("aria-live", "polite");
        Anchor back = new Anchor("admin/learning", getTranslation("learningdrafts.back"));
        add(new H1(getTranslation("learningdrafts.heading")), new Paragraph(getTranslation("learningdrafts.intro")),
                form, draft, result, back);
    }

    @Override
    public String titleKey() {
        return "learningdrafts.heading";
    }

    private void draft() {
        result.removeAll();
        current = null;
        if (competency.isEmpty()) {
            competency.setInvalid(true);
            competency.setErrorMessage(getTranslation("learningdrafts.competency.required"));
            competency.focus();
            return;
        }
        competency.setInvalid(false);
        Optional<AiResult<LearningPathOutcome>> answer;
        try {
            answer = drafts.draft(competency.getValue().id(), level.getValue(), kind.getValue(), language.getValue());
        } catch (InvalidInputException refused) {
            new FieldErrors().bind("level", level).showOrToast(refused.fieldErrors(), this::getTranslation);
            return;
        }
        if (answer.isEmpty()) {
            Toast.error(getTranslation("learningdrafts.competency.gone"));
            return;
        }
        switch (answer.get().value()) {
            case null -> result.add(new Paragraph(getTranslation("learningdrafts.off")));
            case LearningPathOutcome.NothingToDraftFrom nothing ->
                    result.add(new Paragraph(getTranslation(nothing.messageKey(), nothing.competencyName())));
            case LearningPathOutcome.Drafted drafted -> show(drafted.draft());
        }
    }

    private void show(LearningPathDraft draft) {
        current = draft;
        draftedFor = competency.getValue().id();
        title.setId("learning-draft-title");
        title.setLabel(getTranslation("learningdrafts.title"));
        title.setWidthFull();
        title.setValue(draft.title());
        text.setId("learning-draft-text");
        text.setLabel(getTranslation("learningdrafts.text"));
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setValue(draft.asText());
        result.add(new H2(getTranslation("learningdrafts.result")), title, text);
        if (!draft.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("learning-draft-notes");
            draft.notes().forEach(note -> notes.add(new ListItem(note)));
            result.add(new Paragraph(getTranslation("learningdrafts.notes")), notes);
        }
        UnorderedList sources = new UnorderedList();
        sources.setId("learning-draft-sources");
        for (LearningPathDraft.Step step : draft.steps()) {
            for (SourceRef source : step.citations()) {
                sources.add(new ListItem(getTranslation("learningdrafts.source", step.number(), step.title(),
                        getTranslation("learningdrafts.source." + source.type()))));
            }
        }
        result.add(new Paragraph(getTranslation("learningdrafts.sources")), sources);
        Button publish = new Button(getTranslation("learningdrafts.publish"), click -> publish());
        publish.setId("learning-draft-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(publish);
    }

    private void publish() {
        if (current == null || draftedFor == null) {
            return;
        }
        try {
            Optional<UUID> created = drafts.publish(draftedFor, title.getValue(), text.getValue(), current.level(),
                    current.language());
            if (created.isEmpty()) {
                Toast.error(getTranslation("learningdrafts.competency.gone"));
                return;
            }
            Toast.success(getTranslation("learningdrafts.published", title.getValue()));
            result.removeAll();
            result.add(new Anchor("learning/" + created.get(), getTranslation("learningdrafts.open", title.getValue())));
            current = null;
        } catch (InvalidInputException refused) {
            new FieldErrors().bindAll(Map.of("title", title, "description", text))
                    .showOrToast(refused.fieldErrors(), this::getTranslation);
        }
    }
}
