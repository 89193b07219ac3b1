package io.kadens.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import io.kadens.surveys.Answer;
import io.kadens.surveys.MySurvey;
import io.kadens.surveys.QuestionKind;
import io.kadens.surveys.SurveyQuestion;
import io.kadens.surveys.SurveyStatus;
import io.kadens.surveys.Surveys;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The surveys that ask the signed-in person: each open one as a form (scales 1 to 5 and free text) showing the
 * answers given so far; sending again replaces them. Closed surveys say so and take no answers.
 */
@Route("surveys")
@Menu(order = 8, title = "surveys.nav", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.EMPLOYEE_NAME)
class SurveysView extends Main implements PageTitles.Translated {

    private final transient Surveys surveys;
    private final Section list = new Section();

    SurveysView(Surveys surveys) {
        this.surveys = surveys;
        addClassName("k-page");
        setId("surveys");
        Paragraph help = new Paragraph(getTranslation("surveys.help"));
        help.addClassName("k-help");
        add(new H1(getTranslation("surveys.heading")), help, list);
        refresh();
    }

    @Override
    public String titleKey() {
        return "surveys.heading";
    }

    private void refresh() {
        list.removeAll();
        List<MySurvey> mine = surveys.mine();
        if (mine.isEmpty()) {
            list.add(new EmptyState(getTranslation("surveys.mine.empty"), getTranslation("surveys.mine.empty.explanation")));
            return;
        }
        mine.forEach(survey -> list.add(form(survey)));
    }

    private Section form(MySurvey survey) {
        Section section = new Section(new H2(survey.title()));
        section.setId("survey-" + survey.id());
        if (survey.status() != SurveyStatus.OPEN) {
            section.add(new Paragraph(getTranslation("surveys.closed")));
            return section;
        }
        if (!survey.myAnswers().isEmpty()) {
            section.add(new Paragraph(getTranslation("surveys.answered")));
        }
        Map<Integer, Answer> given = new HashMap<>();
        survey.myAnswers().forEach(answer -> given.put(answer.position(), answer));
        Map<Integer, RadioButtonGroup<Integer>> scales = new HashMap<>();
        Map<Integer, TextArea> texts = new HashMap<>();
        FieldErrors errors = new FieldErrors();
        for (SurveyQuestion question : survey.questions()) {
            String prompt = question.prompt(getLocale());
            String fieldId = "survey-" + survey.id() + "-q" + question.position();
            Answer previous = given.get(question.position());
            if (question.kind() == QuestionKind.SCALE) {
                RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(prompt);
                scale.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
                scale.setItemLabelGenerator(value -> getTranslation("surveys.scale." + value));
                scale.setId(fieldId);
                if (previous != null) {
                    scale.setValue(previous.scale());
                }
                scales.put(question.position(), scale);
                errors.bind("answers[" + question.position() + "]", scale);
                section.add(scale);
            } else {
                TextArea text = new TextArea(prompt);
                text.setMaxLength(4000);
                text.setWidthFull();
                text.setId(fieldId);
                if (previous != null && previous.text() != null) {
                    text.setValue(previous.text());
                }
                texts.put(question.position(), text);
                errors.bind("answers[" + question.position() + "]", text);
                section.add(text);
            }
        }
        Button send = new Button(getTranslation("surveys.send"), click -> {
            List<Answer> answers = new ArrayList<>();
            scales.forEach((position, scale) -> answers.add(new Answer(position, scale.getValue(), null)));
            texts.forEach((position, text) -> answers.add(new Answer(position, null, text.getValue())));
            try {
                surveys.answer(survey.id(), survey.revision(), answers);
                Toast.success(getTranslation("surveys.sent"));
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, Toast::error);
            } catch (ResourceNotFoundException gone) {
                Toast.error(getTranslation("surveys.gone"));
                refresh();
            } catch (io.kadens.platform.ConcurrentEditException changed) {
                Toast.error(getTranslation("surveys.changed"));
                refresh();
            }
        });
        send.setId("survey-" + survey.id() + "-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(send);
        return section;
    }
}
