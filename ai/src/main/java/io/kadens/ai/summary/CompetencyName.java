package io.kadens.ai.summary;

import java.util.Objects;

/**
 * A competency of the tenant's framework a theme may be named after. The application hands these
 * over (the ai module knows nothing of the competencies feature).
 *
 * @param id          the competency's identifier, as the theme names it
 * @param name        its name as the tenant wrote it ("Planning and delivery")
 * @param description what it covers; matched against the theme's sentences
 */
public record CompetencyName(String id, String name, String description) {

    public CompetencyName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}
