package io.kadens.learning;

import java.util.UUID;

/**
 * A person recorded an item of the library as completed; published inside the recording transaction (the
 * tenant is the bound one), so listeners that change their own rows commit or roll back with it.
 */
public record TrainingCompleted(UUID personId, UUID trainingItemId) {
}
