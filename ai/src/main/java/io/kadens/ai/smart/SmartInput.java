package io.kadens.ai.smart;

import java.time.LocalDate;

/**
 * What the checker looks at.
 *
 * @param text       the goal as typed
 * @param language   {@code en} or {@code sv}; null to detect it from the text
 * @param parentText the parent goal's title (and description), null when the goal has none
 * @param periodEnd  the last day of the goal's period, null when not known
 */
public record SmartInput(String text, String language, String parentText, LocalDate periodEnd) {

    public SmartInput {
        text = text == null ? "" : text;
    }

    public static SmartInput of(String text) {
        return new SmartInput(text, null, null, null);
    }
}
