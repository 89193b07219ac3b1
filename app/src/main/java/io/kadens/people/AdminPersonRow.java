package io.kadens.people;

/** One row of the HR admin's people list. */
public record AdminPersonRow(DirectoryEntry person, PersonStatus status, long version, boolean hrAdmin) {
}
