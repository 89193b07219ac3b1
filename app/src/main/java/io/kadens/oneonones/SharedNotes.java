package io.kadens.oneonones;

/** The notes both people of a meeting read and write; {@code version} guards concurrent edits. */
public record SharedNotes(String text, long version) {
}
