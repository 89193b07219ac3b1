package io.kadens.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.surveys.QuestionKind;
import io.kadens.surveys.Survey;
import io.kadens.surveys.SurveyQuestion;
import io.kadens.surveys.Surveys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits a survey's questions, each in English and Swedish: change a prompt or its kind, add, remove and reorder.
 * When people have already answered the current questions, the dialog says that saving starts the next version,
 * which everyone answers afresh, while the earlier answers stay with the version they answered. A refused save
 * (bad input, or someone else saved first) keeps everything typed in the dialog.
 */
class SurveyQuestionsDialog extends Dialog {

    /** One question being edited; its fields live as long as the dialog. */
    private record Row(Select<QuestionKind> kind, TextArea promptEn, TextArea promptSv) {
    }

    private final transient Surveys surveys;
    private final Survey survey;
    private final transient Runnable onSaved;
    private final List<Row> rows = new ArrayList<>();
    private final Div rowList = new Div();
    private final Paragraph formError = new Paragraph();

    SurveyQuestionsDialog(Surveys surveys, Survey survey, Runnable onSaved) {
        this.surveys = surveys;
        this.survey = survey;
        this.onSaved = onSaved;
        setId("survey-questions-dialog");
        setHeaderTitle(getTranslation("survey-editor.heading", survey.title()));
        setWidth("min(760px, 96vw)");
        Paragraph explanation = new Paragraph(getTranslation(survey.responded() > 0 ? "survey-editor.newRevision"
                : "survey-editor.replace", survey.revision() + 1, survey.responded()));
        explanation.setId("survey-questions-explanation");
        formError.addClassName("k-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setId("survey-questions-error");
        formError.setVisible(false);
        survey.questions().forEach(question -> rows.add(row(question.kind(), question.promptEn(), question.promptSv())));
        Button add = new Button(getTranslation("survey-editor.add"), VaadinIcon.PLUS.create(), click -> {
            rows.add(row(QuestionKind.SCALE, "", ""));
            render();
            rows.getLast().promptEn().focus();
        });
        add.setId("survey-questions-add");
        add(explanation, formError, rowList, add);
        render();

        Button save = new Button(getTranslation("survey-editor.save"), click -> save());
        save.setId("survey-questions-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("survey-editor.cancel"), click -> close());
        cancel.setId("survey-questions-cancel");
        getFooter().add(cancel, save);
    }

    private Row row(QuestionKind kind, String promptEn, String promptSv) {
        Select<QuestionKind> kindChoice = new Select<>();
        kindChoice.setItems(QuestionKind.values());
        kindChoice.setItemLabelGenerator(choice -> getTranslation("survey-editor.kind." + choice.name()));
        kindChoice.setValue(kind);
        TextArea en = new TextArea();
        en.setMaxLength(500);
        en.setValue(promptEn == null ? "" : promptEn);
        TextArea sv = new TextArea();
        sv.setMaxLength(500);
        sv.setValue(promptSv == null ? "" : promptSv);
        return new Row(kindChoice, en, sv);
    }

    /** Lays the rows out again after a change of order or number, renumbering their labels and ids. */
    private void render() {
        rowList.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            int number = index + 1;
            row.kind().setLabel(getTranslation("survey-editor.kind", number));
            row.kind().setId("survey-question-kind-" + index);
            row.promptEn().setLabel(getTranslation("survey-editor.promptEn", number));
            row.promptEn().setId("survey-question-en-" + index);
            row.promptSv().setLabel(getTranslation("survey-editor.promptSv", number));
            row.promptSv().setId("survey-question-sv-" + index);
            FormLayout fields = new FormLayout(row.kind(), row.promptEn(), row.promptSv());
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
            fields.setColspan(row.kind(), 2);
            final int at = index;
            Button up = iconButton(VaadinIcon.ARROW_UP, "survey-editor.up", number, "survey-question-up-" + index,
                    () -> move(at, at - 1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "survey-editor.down", number,
                    "survey-question-down-" + index, () -> move(at, at + 1));
            down.setEnabled(index < rows.size() - 1);
            Button remove = iconButton(VaadinIcon.TRASH, "survey-editor.remove", number,
                    "survey-question-remove-" + index, () -> {
                        rows.remove(at);
                        render();
                    });
            remove.setEnabled(rows.size() > 1);
            H3 heading = new H3(getTranslation("survey-editor.question", number));
            Div block = new Div(heading, fields, new HorizontalLayout(up, down, remove));
            block.addClassName("k-card");
            rowList.add(block);
        }
    }

    private Button iconButton(VaadinIcon icon, String labelKey, int number, String id, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey, number));
        button.setTooltipText(getTranslation(labelKey, number));
        button.setId(id);
        return button;
    }

    private void move(int from, int to) {
        rows.add(to, rows.remove(from));
        render();
        rows.get(to).promptEn().focus();
    }

    private void save() {
        formError.setVisible(false);
        rows.forEach(row -> {
            row.promptEn().setInvalid(false);
            row.promptSv().setInvalid(false);
            row.kind().setInvalid(false);
        });
        List<SurveyQuestion> questions = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            questions.add(new SurveyQuestion(index, row.kind().getValue(), row.promptEn().getValue(),
                    row.promptSv().getValue()));
        }
        try {
            surveys.editQuestions(survey.id(), survey.version(), questions);
            Toast.success(getTranslation("survey-editor.saved"));
            close();
            onSaved.run();
        } catch (InvalidInputException refused) {
            showErrors(refused.fieldErrors());
        } catch (ConcurrentEditException stale) {
            // Keep the dialog open with what was typed: the admin can copy it before reloading.
            showError(getTranslation("survey-editor.stale"));
        }
    }

    private void showErrors(Map<String, String> errors) {
        List<String> messages = new ArrayList<>();
        errors.forEach((field, key) -> {
            messages.add(getTranslation(key));
            if (field.startsWith("questions[")) {
                int index = Integer.parseInt(field.substring("questions[".length(), field.indexOf(']')));
                if (index < rows.size()) {
                    markInvalid(rows.get(index), key);
                }
            }
        });
        showError(String.join(" ", messages.stream().distinct().toList()));
    }

    /** Marks the fields of a refused question: the blank prompt(s), or the kind when none was chosen. */
    private void markInvalid(Row row, String key) {
        String message = getTranslation(key);
        if (key.endsWith("questionKind")) {
            row.kind().setErrorMessage(message);
            row.kind().setInvalid(true);
            return;
        }
        boolean english = row.promptEn().getValue().isBlank();
        boolean swedish = row.promptSv().getValue().isBlank();
        if (!english && !swedish) {
            english = swedish = true;
        }
        row.promptEn().setErrorMessage(message);
        row.promptEn().setInvalid(english);
        row.promptSv().setErrorMessage(message);
        row.promptSv().setInvalid(swedish);
    }

    private void showError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }
}
