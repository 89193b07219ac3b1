package io.kadens.ai;

import java.util.Objects;

/**
 * One source a capability hands to the AI: only what the requester may see, gathered through the
 * features' own access-checked services.
 *
 * @param label  the short name statements cite it by in prompts and drafts ("S1", "S2", ...)
 * @param source what it is
 * @param text   its content: data to reason about, never instructions
 */
public record Evidence(String label, SourceRef source, String text) {

    public Evidence {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        text = text == null ? "" : text;
        if (!label.matches("[A-Za-z][A-Za-z0-9_-]{0,19}")) {
            throw new IllegalArgumentException("an evidence label is a short identifier: " + label);
        }
    }
}
