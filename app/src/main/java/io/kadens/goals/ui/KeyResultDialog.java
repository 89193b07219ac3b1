package io.kadens.goals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.KeyResult;
import io.kadens.goals.KeyResultData;
import io.kadens.goals.KeyResultType;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Adds or edits a key result: numeric (start, target, current, unit), percentage, yes/no, or milestones. */
class KeyResultDialog extends Dialog {

    private final transient GoalTracking goals;
    private final UUID goalId;
    private final KeyResult existing;
    private final transient Runnable onSaved;

    private final TextField title = new TextField();
    private final Select<KeyResultType> type = new Select<>();
    private final BigDecimalField start = new BigDecimalField();
    private final BigDecimalField target = new BigDecimalField();
    private final BigDecimalField current = new BigDecimalField();
    private final TextField unit = new TextField();
    private final Checkbox done = new Checkbox();
    private final BigDecimalField weight = new BigDecimalField();
    private final TextArea milestones = new TextArea();
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fields = new HashMap<>();

    KeyResultDialog(GoalTracking goals, UUID goalId, KeyResult existing, Runnable onSaved) {
        this.goals = goals;
        this.goalId = goalId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "goals-ui.kr.new" : "goals-ui.kr.edit"));
        setWidth("min(640px, 96vw)");

        title.setLabel(getTranslation("goals-ui.kr.title"));
        title.setId("kr-title");
        title.setRequired(true);
        title.setMaxLength(KeyResultData.MAX_TITLE);
        type.setLabel(getTranslation("goals-ui.kr.type"));
        type.setId("kr-type");
        type.setItems(KeyResultType.values());
        type.setItemLabelGenerator(t -> GoalTexts.label(this, "kr-type", t));
        type.setValue(KeyResultType.NUMERIC);
        start.setLabel(getTranslation("goals-ui.kr.start"));
        start.setId("kr-start");
        start.setValue(BigDecimal.ZERO);
        target.setLabel(getTranslation("goals-ui.kr.target"));
        target.setId("kr-target");
        current.setLabel(getTranslation("goals-ui.kr.current"));
        current.setId("kr-current");
        current.setHelperText(getTranslation("goals-ui.kr.current.helper"));
        unit.setLabel(getTranslation("goals-ui.kr.unit"));
        unit.setId("kr-unit");
        unit.setMaxLength(KeyResultData.MAX_UNIT);
        done.setLabel(getTranslation("goals-ui.kr.done"));
        done.setId("kr-done");
        weight.setLabel(getTranslation("goals-ui.weight"));
        weight.setId("kr-weight");
        weight.setValue(BigDecimal.ONE);
        milestones.setLabel(getTranslation("goals-ui.kr.milestones"));
        milestones.setId("kr-milestones");
        milestones.setHelperText(getTranslation("goals-ui.kr.milestones.helper"));
        type.addValueChangeListener(change -> showTypeFields());

        if (existing != null) {
            title.setValue(existing.title());
            type.setValue(existing.type());
            type.setReadOnly(true);
            start.setValue(existing.startValue());
            target.setValue(existing.targetValue());
            current.setValue(existing.currentValue());
            unit.setValue(existing.unit() == null ? "" : existing.unit());
            done.setValue(existing.currentValue() != null && existing.currentValue().signum() > 0);
            weight.setValue(existing.weight());
        }
        showTypeFields();

        formError.addClassName("k-error");
        formError.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(title, type, weight, start, target, current, unit, done, milestones);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(title, 2);
        form.setColspan(milestones, 2);
        add(formError, form);
        fields.putAll(Map.of("title", title, "type", type, "startValue", start, "targetValue", target,
                "currentValue", current, "unit", unit, "weight", weight, "milestones", milestones));

        Button save = new Button(getTranslation("goals-ui.save"), click -> save());
        save.setId("kr-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("goals-ui.cancel"), click -> close());
        getFooter().add(cancel, save);
        title.focus();
    }

    private void showTypeFields() {
        KeyResultType chosen = type.getValue();
        boolean numeric = chosen == KeyResultType.NUMERIC || chosen == KeyResultType.PERCENTAGE;
        start.setVisible(numeric);
        target.setVisible(numeric);
        current.setVisible(numeric);
        unit.setVisible(chosen == KeyResultType.NUMERIC);
        done.setVisible(chosen == KeyResultType.BOOLEAN);
        milestones.setVisible(chosen == KeyResultType.MILESTONES && existing == null);
        if (chosen == KeyResultType.PERCENTAGE && existing == null && target.getValue() == null) {
            target.setValue(BigDecimal.valueOf(100));
        }
    }

    private KeyResultData data() {
        KeyResultType chosen = type.getValue();
        List<String> checklist = Arrays.stream(milestones.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return switch (chosen) {
            case NUMERIC -> new KeyResultData(title.getValue().strip(), chosen, start.getValue(), target.getValue(),
                    current.getValue() == null ? start.getValue() : current.getValue(), unit.getValue().strip(),
                    weight.getValue(), List.of());
            case PERCENTAGE -> new KeyResultData(title.getValue().strip(), chosen, start.getValue(), target.getValue(),
                    current.getValue() == null ? start.getValue() : current.getValue(), "%", weight.getValue(), List.of());
            case BOOLEAN -> new KeyResultData(title.getValue().strip(), chosen, BigDecimal.ZERO, BigDecimal.ONE,
                    done.getValue() ? BigDecimal.ONE : BigDecimal.ZERO, null, weight.getValue(), List.of());
            case MILESTONES -> new KeyResultData(title.getValue().strip(), chosen, null, null, null, null,
                    weight.getValue(), checklist);
        };
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        formError.setText("");
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("goals-ui.title.required"));
            title.setInvalid(true);
            return;
        }
        try {
            if (existing == null) {
                goals.addKeyResult(goalId, data());
            } else {
                goals.updateKeyResult(existing.id(), existing.version(), data());
            }
            close();
            Toast.success(getTranslation("goals-ui.kr.saved", title.getValue()));
            onSaved.run();
        } catch (InvalidInputException refused) {
            new FieldErrors().bindAll(fields).show(refused.fieldErrors(), this::getTranslation, formError::setText);
        } catch (ConcurrentEditException conflict) {
            formError.setText(getTranslation("goals-ui.conflict.keep"));
        }
    }
}
