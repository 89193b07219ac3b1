package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.KeyResult;
import io.kadens.goals.KeyResultType;
import io.kadens.goals.NewCheckIn;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A check-in: a new value for each key result (numbers, percentages, yes/no; milestones are ticked
 * on the detail page), or the goal's progress when it has no key results; confidence 1–10 and a comment.
 * Each changed key result becomes one check-in with the same confidence and comment; the dialog
 * checks what it can before saving, and a key result already saved is not sent twice when the user
 * corrects another one.
 */
class CheckInDialog extends Dialog {

    private final transient GoalTracking goals;
    private final GoalDetail detail;
    private final transient Runnable onDone;
    private final Map<KeyResult, Component> valueFields = new LinkedHashMap<>();
    private final List<UUID> saved = new ArrayList<>();
    private final IntegerField goalProgress = new IntegerField();
    private final IntegerField confidence = new IntegerField();
    private final TextArea comment = new TextArea();
    private final Paragraph formError = new Paragraph();

    CheckInDialog(GoalTracking goals, GoalDetail detail, Runnable onDone) {
        this.goals = goals;
        this.detail = detail;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("goals-ui.checkin.heading", detail.summary().title()));
        setWidth("min(640px, 96vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        int index = 0;
        for (KeyResult keyResult : detail.keyResults()) {
            Component field = switch (keyResult.type()) {
                case NUMERIC, PERCENTAGE -> {
                    BigDecimalField value = new BigDecimalField(keyResult.title());
                    value.setValue(keyResult.currentValue());
                    value.setHelperText(getTranslation("goals-ui.checkin.target",
                            GoalTexts.number(getLocale(), keyResult.startValue()),
                            GoalTexts.number(getLocale(), keyResult.targetValue()),
                            keyResult.type() == KeyResultType.PERCENTAGE ? "%"
                                    : keyResult.unit() == null ? "" : keyResult.unit()));
                    yield value;
                }
                case BOOLEAN -> {
                    Checkbox value = new Checkbox(keyResult.title());
                    value.setValue(keyResult.currentValue() != null && keyResult.currentValue().signum() > 0);
                    yield value;
                }
                case MILESTONES -> null;
            };
            if (field != null) {
                field.setId("checkin-kr-" + index);
                valueFields.put(keyResult, field);
                form.add(field);
            }
            index++;
        }
        if (detail.keyResults().isEmpty()) {
            goalProgress.setLabel(getTranslation("goals-ui.checkin.progress"));
            goalProgress.setId("checkin-progress");
            goalProgress.setMin(0);
            goalProgress.setMax(100);
            goalProgress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            goalProgress.setValue((int) Math.round(detail.summary().progress() * 100));
            form.add(goalProgress);
        }
        confidence.setLabel(getTranslation("goals-ui.checkin.confidence"));
        confidence.setId("checkin-confidence");
        confidence.setHelperText(getTranslation("goals-ui.checkin.confidence.helper"));
        confidence.setMin(1);
        confidence.setMax(10);
        confidence.setStepButtonsVisible(true);
        confidence.setValue(7);
        confidence.setRequired(true);
        comment.setLabel(getTranslation("goals-ui.checkin.comment"));
        comment.setId("checkin-comment");
        comment.setMaxLength(NewCheckIn.MAX_COMMENT);
        form.add(confidence, comment);
        formError.addClassName("k-error");
        formError.getElement().setAttribute("role", "alert");
        add(formError, form);

        Button save = new Button(getTranslation("goals-ui.checkin.save"), click -> save());
        save.setId("checkin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("goals-ui.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        formError.setText("");
        confidence.setInvalid(false);
        comment.setInvalid(false);
        valueFields.values().forEach(field -> {
            if (field instanceof BigDecimalField number) {
                number.setInvalid(false);
            }
        });
        Integer chosenConfidence = confidence.getValue();
        if (chosenConfidence == null || chosenConfidence < 1 || chosenConfidence > 10) {
            confidence.setErrorMessage(getTranslation("goals-ui.checkin.confidence.range"));
            confidence.setInvalid(true);
            confidence.focus();
            return;
        }
        List<NewCheckIn> entries = new ArrayList<>();
        List<Component> entryFields = new ArrayList<>();
        for (Map.Entry<KeyResult, Component> entry : valueFields.entrySet()) {
            KeyResult keyResult = entry.getKey();
            if (saved.contains(keyResult.id())) {
                continue;
            }
            BigDecimal value = entry.getValue() instanceof BigDecimalField number ? number.getValue()
                    : ((Checkbox) entry.getValue()).getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
            if (value != null && !sameValue(value, keyResult.currentValue())) {
                entries.add(new NewCheckIn(keyResult.id(), value, chosenConfidence, comment.getValue()));
                entryFields.add(entry.getValue());
            }
        }
        if (detail.keyResults().isEmpty()) {
            entries.add(new NewCheckIn(null, goalProgress.getValue() == null ? null
                    : BigDecimal.valueOf(goalProgress.getValue()), chosenConfidence, comment.getValue()));
            entryFields.add(goalProgress);
        }
        if (entries.isEmpty() && saved.isEmpty()) {
            // No new value: the check-in records confidence and comment on the goal itself.
            entries.add(new NewCheckIn(null, null, chosenConfidence, comment.getValue()));
            entryFields.add(confidence);
        }
        for (int i = 0; i < entries.size(); i++) {
            NewCheckIn entry = entries.get(i);
            try {
                goals.checkIn(detail.summary().id(), entry);
                if (entry.keyResultId() != null) {
                    saved.add(entry.keyResultId());
                    if (entryFields.get(i) instanceof BigDecimalField number) {
                        number.setReadOnly(true);
                        number.setHelperText(getTranslation("goals-ui.checkin.saved-one"));
                    }
                }
            } catch (InvalidInputException refused) {
                showErrors(refused, entryFields.get(i));
                return;
            }
        }
        close();
        Toast.success(getTranslation("goals-ui.checkin.done"));
        onDone.run();
    }

    private void showErrors(InvalidInputException refused, Component valueField) {
        FieldErrors errors = new FieldErrors().bind("confidence", confidence).bind("comment", comment);
        if (valueField instanceof HasValidation validated) {
            errors.bind("value", validated);
        }
        errors.show(refused.fieldErrors(), this::getTranslation,
                text -> formError.setText((formError.getText() + " " + text).strip()));
        if (!saved.isEmpty()) {
            formError.setText((formError.getText() + " " + getTranslation("goals-ui.checkin.partly-saved")).strip());
        }
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
