package io.kadens.surveys;

/** One answer: a value 1 to 5 for a scale question, or text for a text question. */
public record Answer(int position, Integer scale, String text) {
}
