package io.kadens.surveys;

/** A draft asks nobody yet; an open survey takes answers; a closed one refuses them. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    public String labelKey() {
        return "surveys.status." + name();
    }
}
