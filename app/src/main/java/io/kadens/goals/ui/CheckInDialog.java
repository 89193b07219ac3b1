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
import io.kadens.goals.NewGoalCheckIn;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check-in: a new value for each key result (numbers, percentages, yes/no; milestones are ticked
 * on the detail page), or the goal's progress when it has no key results; confidence 1–10 and a comment.
 * All changed key results are saved as one check-in, all or nothing (each gets its own history entry with
 * the same confidence and comment); when one value is refused or someone changed a key result meanwhile,
 * nothing is saved and the input stays for the person to correct.
 */
class CheckInDialog extends Dialog {

    private final transient GoalTracking goals;
    private final GoalDetail detail;
    private final transient Runnable onDone;
    private final Map<KeyResult, Component> valueFields = new LinkedHashMap<>();
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
        goalProgress.setInvalid(false);
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
        // Every changed key result goes in one check-in: the service saves all of them or none.
        List<NewGoalCheckIn.KeyResultValue> values = new ArrayList<>();
        List<Component> valueFieldsSent = new ArrayList<>();
        for (Map.Entry<KeyResult, Component> entry : valueFields.entrySet()) {
            KeyResult keyResult = entry.getKey();
            BigDecimal value = entry.getValue() instanceof BigDecimalField number ? number.getValue()
                    : ((Checkbox) entry.getValue()).getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
            if (value != null && !sameValue(value, keyResult.currentValue())) {
                values.add(new NewGoalCheckIn.KeyResultValue(keyResult.id(), keyResult.version(), value));
                valueFieldsSent.add(entry.getValue());
            }
        }
        BigDecimal progress = detail.keyResults().isEmpty() && goalProgress.getValue() != null
                ? BigDecimal.valueOf(goalProgress.getValue()) : null;
        try {
            goals.checkInAll(detail.summary().id(),
                    new NewGoalCheckIn(values, progress, chosenConfidence, comment.getValue()));
        } catch (InvalidInputException refused) {
            FieldErrors errors = new FieldErrors().bind("confidence", confidence).bind("comment", comment)
                    .bind("goalProgress", goalProgress);
            for (int i = 0; i < valueFieldsSent.size(); i++) {
                if (valueFieldsSent.get(i) instanceof HasValidation validated) {
                    errors.bind(NewGoalCheckIn.valueField(i), validated);
                }
            }
            errors.show(refused.fieldErrors(), this::getTranslation,
                    text -> formError.setText((formError.getText() + " " + text).strip()));
            formError.setText((formError.getText() + " " + getTranslation("goals-ui.checkin.nothing-saved")).strip());
            return;
        } catch (ConcurrentEditException conflict) {
            formError.setText(getTranslation("goals-ui.checkin.conflict"));
            return;
        }
        close();
        Toast.success(getTranslation("goals-ui.checkin.done"));
        onDone.run();
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
