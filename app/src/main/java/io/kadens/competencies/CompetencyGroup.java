package io.kadens.competencies;

/** How a framework groups its competencies: shared by everyone, for leaders, or for one job family. */
public enum CompetencyGroup {
    CORE, LEADERSHIP, FUNCTIONAL;

    public String labelKey() {
        return "competencies.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
