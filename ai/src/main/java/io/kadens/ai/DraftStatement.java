package io.kadens.ai;

import java.util.List;

/**
 * A statement as a model (or the offline engine) drafts it, citing evidence by label. The structured
 * output every capability asks the LLM for is a {@link Draft} of these.
 */
public record DraftStatement(String text, List<String> sources) {

    public DraftStatement {
        text = text == null ? "" : text.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
