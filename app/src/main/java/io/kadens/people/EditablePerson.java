package io.kadens.people;

import java.util.UUID;

/** A person as an HR admin edits them: all fields, the version the edit starts from, status and roles. */
public record EditablePerson(UUID id, long version, PersonFields fields, PersonStatus status, boolean hrAdmin,
                             boolean canSignIn) {
}
