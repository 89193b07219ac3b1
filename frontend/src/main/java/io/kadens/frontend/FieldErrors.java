package io.kadens.frontend;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Shows a refused input at its fields. Services refuse input with one i18n message key per field
 * name (the application's {@code InvalidInputException#fieldErrors()}); an editor binds each field
 * name to its input once and hands the refusal here.
 *
 * <p>The kit takes the plain map rather than the exception: the exception belongs to the
 * application, and this module knows no feature. Messages for fields that are not bound, or not
 * visible, are not lost: they are joined into one text for the editor's own place for form-level
 * messages (or a toast).
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private boolean focusFirstInvalid;

    /** Binds the service's field name to the input that shows its message. */
    public FieldErrors bind(String fieldName, HasValidation field) {
        fields.put(fieldName, field);
        return this;
    }

    /** Binds every entry: field name to input. */
    public FieldErrors bindAll(Map<String, ? extends HasValidation> byName) {
        fields.putAll(byName);
        return this;
    }

    /** Moves the keyboard focus to the first field that got a message, so the person lands on it. */
    public FieldErrors focusingFirstInvalid() {
        focusFirstInvalid = true;
        return this;
    }

    /** Clears every bound field's message. */
    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Shows each message at its field (translated) and clears the bound fields without one.
     *
     * @return the translated messages that no visible bound field took, in the refusal's order
     */
    public List<String> show(Map<String, String> errors, Function<String, String> translate) {
        clear();
        List<String> elsewhere = new ArrayList<>();
        HasValidation first = null;
        for (Map.Entry<String, String> error : errors.entrySet()) {
            HasValidation target = fields.get(error.getKey());
            String text = translate.apply(error.getValue());
            if (target != null && (!(target instanceof Component component) || component.isVisible())) {
                target.setErrorMessage(text);
                target.setInvalid(true);
                first = first == null ? target : first;
            } else {
                elsewhere.add(text);
            }
        }
        if (focusFirstInvalid && first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return elsewhere;
    }

    /**
     * Like {@link #show(Map, Function)}, and hands the messages no field took to {@code elsewhere},
     * joined into one sentence-separated text; it is not called when every message found its field.
     */
    public void show(Map<String, String> errors, Function<String, String> translate, Consumer<String> elsewhere) {
        String rest = String.join(" ", show(errors, translate));
        if (!rest.isEmpty()) {
            elsewhere.accept(rest);
        }
    }

    /** Like {@link #show(Map, Function)}, with an error toast for the messages no field took. */
    public void showOrToast(Map<String, String> errors, Function<String, String> translate) {
        show(errors, translate, Toast::error);
    }

    /** All messages of a refusal as one text, for places that have no fields (a list row, a toast). */
    public static String joined(Map<String, String> errors, Function<String, String> translate) {
        return String.join(" ", errors.values().stream().map(translate).toList());
    }
}
