package io.kadens.competencies;

/** Who rated: the person themselves, or a manager above them. */
public enum AssessmentKind {
    SELF, MANAGER;

    public String labelKey() {
        return "assessments.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
