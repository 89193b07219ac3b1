package io.kadens.goals;

import java.util.UUID;

/** A person as goals show them: id and display name. */
public record PersonRef(UUID id, String name) {
}
