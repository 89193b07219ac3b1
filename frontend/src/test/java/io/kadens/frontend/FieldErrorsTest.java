package io.kadens.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final TextField title = new TextField();
    private final TextField due = new TextField();
    private final TextField hidden = new TextField();
    private final FieldErrors errors = new FieldErrors().bind("title", title).bind("due", due).bind("hidden", hidden);

    @Test
    void eachMessageGoesToItsFieldTranslated() {
        List<String> rest = errors.show(Map.of("title", "goals.title.required"), key -> "T:" + key);

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("T:goals.title.required");
        assertThat(due.isInvalid()).isFalse();
        assertThat(rest).isEmpty();
    }

    @Test
    void aSecondRefusalClearsTheMessagesOfTheFirst() {
        errors.show(Map.of("title", "a"), key -> key);
        errors.show(Map.of("due", "b"), key -> key);

        assertThat(title.isInvalid()).isFalse();
        assertThat(title.getErrorMessage()).isNullOrEmpty();
        assertThat(due.isInvalid()).isTrue();
    }

    @Test
    void messagesWithoutAVisibleFieldAreJoinedForTheFormLevelPlace() {
        hidden.setVisible(false);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("version", "stale");
        refused.put("hidden", "nope");
        refused.put("title", "a");
        List<String> elsewhere = new ArrayList<>();

        errors.show(refused, String::toUpperCase, elsewhere::add);

        assertThat(elsewhere).containsExactly("STALE NOPE");
        assertThat(hidden.isInvalid()).isFalse();
        assertThat(title.isInvalid()).isTrue();
    }

    @Test
    void theFallbackIsNotCalledWhenEveryMessageFoundItsField() {
        List<String> elsewhere = new ArrayList<>();

        errors.show(Map.of("title", "a"), key -> key, elsewhere::add);

        assertThat(elsewhere).isEmpty();
    }

    @Test
    void joinedTranslatesEveryMessage() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("a", "x");
        refused.put("b", "y");

        assertThat(FieldErrors.joined(refused, key -> key + ".")).isEqualTo("x. y.");
    }
}
