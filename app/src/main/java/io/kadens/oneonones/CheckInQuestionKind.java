package io.kadens.oneonones;

/** A free-text answer, or the 1–5 pulse (at most one pulse question per questionnaire). */
public enum CheckInQuestionKind {
    TEXT, PULSE
}
