package io.kadens.surveys;

/** Whom a survey asks: everyone active, a pilot group of the rollout, or a department with the ones below it. */
public enum AudienceKind {
    EVERYONE, PILOT_GROUP, DEPARTMENT;

    public String labelKey() {
        return "surveys.audience." + name();
    }
}
