package io.kadens.ai;

import java.util.List;
import java.util.Objects;

/**
 * A competency of the tenant's framework with the words that say the same thing (synonyms, behavioural indicator
 * words, in any supported language). The ai module takes them as input from the feature that owns the framework;
 * a search whose question names the competency (or one of its words) also looks for the others.
 */
public record CompetencyTerms(String name, List<String> terms) {

    public CompetencyTerms {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a competency needs a name");
        }
        terms = terms == null ? List.of() : terms.stream().filter(term -> term != null && !term.isBlank())
                .map(String::trim).toList();
    }
}
