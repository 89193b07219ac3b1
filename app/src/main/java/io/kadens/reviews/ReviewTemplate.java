package io.kadens.reviews;

import java.util.UUID;

/**
 * A template with its newest version. Cycles launched earlier keep the version they started with.
 *
 * @param version optimistic-locking version of the template: send it back with an edit
 */
public record ReviewTemplate(UUID id, boolean archived, long version, TemplateVersion current) {
}
