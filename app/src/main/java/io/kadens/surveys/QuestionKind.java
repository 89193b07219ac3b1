package io.kadens.surveys;

/** A scale question is answered 1 (lowest) to 5 (highest); a text question in free text. */
public enum QuestionKind {
    SCALE, TEXT
}
