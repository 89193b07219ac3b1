package io.kadens.oneonones.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.oneonones.CheckInQuestion;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.Questionnaire;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's check-in questions (English and Swedish wording, one optional 1–5 pulse) and check-in
 * adherence per team, for HR admins. Saving replaces the questionnaire; past answers keep their wording.
 */
@Route("admin/check-ins")
@Menu(order = 33, title = "checkins.admin.nav", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.HR_ADMIN_NAME)
class CheckInAdminView extends Main implements PageTitles.Translated {

    /** One editable question row. */
    private record Row(UUID id, Select<CheckInQuestionKind> kind, TextField textEn, TextField textSv, Checkbox required) {
    }

    private final transient CheckIns checkIns;
    private final List<Row> rows = new ArrayList<>();
    private final Div editor = new Div();
    private final Paragraph formError = new Paragraph();

    CheckInAdminView(CheckIns checkIns) {
        this.checkIns = checkIns;
        addClassName("k-page");
        add(new H1(getTranslation("checkins.admin.heading")));
        Div card = new Div(new H2(getTranslation("checkins.admin.questions")));
        card.addClassName("k-card");
        Paragraph explanation = new Paragraph(getTranslation("checkins.admin.explanation"));
        explanation.addClassName("k-muted");
        editor.setId("checkins-admin-questions");
        formError.setId("checkins-admin-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        Button addQuestion = new Button(getTranslation("checkins.admin.add"), VaadinIcon.PLUS.create(), click -> {
            rows.add(row(new CheckInQuestion(null, CheckInQuestionKind.TEXT, "", "", false)));
            render();
        });
        addQuestion.setId("checkins-admin-add");
        Button save = new Button(getTranslation("checkins.admin.save"), click -> save());
        save.setId("checkins-admin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(explanation, editor, formError, new HorizontalLayout(addQuestion, save));
        add(card);
        load(checkIns.questionnaire());
        add(new AdherencePanel(checkIns.adherenceOfLastDays(CheckInsView.ADHERENCE_DAYS), CheckInsView.ADHERENCE_DAYS));
    }

    private void load(Questionnaire questionnaire) {
        rows.clear();
        questionnaire.questions().forEach(q -> rows.add(row(q)));
        render();
    }

    private Row row(CheckInQuestion question) {
        Select<CheckInQuestionKind> kind = new Select<>();
        kind.setLabel(getTranslation("checkins.admin.kind"));
        kind.setItems(CheckInQuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("checkins.kind." + k.name()));
        kind.setValue(question.kind());
        TextField en = new TextField(getTranslation("checkins.admin.text-en"));
        en.setValue(question.textEn());
        en.setMaxLength(300);
        en.setWidth("min(100%, 320px)");
        TextField sv = new TextField(getTranslation("checkins.admin.text-sv"));
        sv.setValue(question.textSv());
        sv.setMaxLength(300);
        sv.setWidth("min(100%, 320px)");
        Checkbox required = new Checkbox(getTranslation("checkins.admin.required"), question.required());
        return new Row(question.id(), kind, en, sv, required);
    }

    private void render() {
        editor.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int index = i;
            String name = getTranslation("checkins.admin.question-n", i + 1);
            row.textEn().setId("checkins-admin-en-" + i);
            row.textSv().setId("checkins-admin-sv-" + i);
            Button up = icon(VaadinIcon.ARROW_UP, getTranslation("checkins.admin.up", name), () -> swap(index, index - 1));
            up.setEnabled(i > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("checkins.admin.down", name), () -> swap(index, index + 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, getTranslation("checkins.admin.remove", name), () -> {
                rows.remove(index);
                render();
            });
            HorizontalLayout line = new HorizontalLayout(row.kind(), row.textEn(), row.textSv(), row.required(), up, down, remove);
            line.setWrap(true);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getElement().setAttribute("role", "group");
            line.getElement().setAttribute("aria-label", name);
            editor.add(line);
        }
    }

    private void swap(int a, int b) {
        rows.add(b, rows.remove(a));
        render();
    }

    private void save() {
        formError.setText("");
        rows.forEach(r -> {
            r.textEn().setInvalid(false);
            r.textSv().setInvalid(false);
        });
        List<CheckInQuestion> questions = rows.stream().map(r -> new CheckInQuestion(r.id(), r.kind().getValue(),
                r.textEn().getValue(), r.textSv().getValue(), r.required().getValue())).toList();
        try {
            load(checkIns.saveQuestionnaire(questions));
            Toast.success(getTranslation("checkins.admin.saved"));
        } catch (InvalidInputException refused) {
            refused.fieldErrors().forEach((field, key) -> {
                TextField target = fieldFor(field);
                if (target != null) {
                    target.setInvalid(true);
                    target.setErrorMessage(getTranslation(key));
                } else {
                    formError.setText(getTranslation(key));
                }
            });
        }
    }

    private TextField fieldFor(String field) {
        // questions[3].textEn / questions[3].textSv
        if (!field.startsWith("questions[") || !field.contains("].")) {
            return null;
        }
        try {
            int index = Integer.parseInt(field.substring("questions[".length(), field.indexOf(']')));
            Row row = rows.get(index);
            return field.endsWith("textSv") ? row.textSv() : row.textEn();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    @Override
    public String titleKey() {
        return "checkins.admin.heading";
    }
}
