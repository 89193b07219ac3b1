package io.kadens.ai.plans;

/**
 * The level a training item is written for, as the training library records it. A proficiency gap
 * asks for the level that fits the step being taken ({@link #forStep}).
 */
public enum CourseLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /**
     * The course level that fits reaching proficiency {@code nextLevel} on a scale of {@code scale}: the
     * lower third of the scale is beginner material, the upper third advanced. On a 4-step scale 1–2 is
     * beginner, 3 intermediate and 4 advanced; on a 5-step scale 1–2, 3–4, 5.
     */
    public static CourseLevel forStep(int nextLevel, int scale) {
        double position = (double) Math.max(1, Math.min(nextLevel, scale)) / Math.max(1, scale);
        if (position <= 0.5) {
            return BEGINNER;
        }
        return position < 1.0 - 1e-9 ? INTERMEDIATE : ADVANCED;
    }

    /** 0 for the same level, 1 for a neighbour, 2 for beginner against advanced. */
    public int distance(CourseLevel other) {
        return Math.abs(ordinal() - other.ordinal());
    }
}
