package io.kadens.learning;

import java.util.UUID;

/**
 * A course or resource of the tenant's training library.
 *
 * @param fileName the attached file's name, or null when the item has none
 */
public record TrainingItem(UUID id, long version, TrainingItemData data, String fileName) {

    public String title() {
        return data.title();
    }
}
