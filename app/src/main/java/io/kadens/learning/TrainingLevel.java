package io.kadens.learning;

public enum TrainingLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String labelKey() {
        return "learning.level." + name().toLowerCase();
    }
}
