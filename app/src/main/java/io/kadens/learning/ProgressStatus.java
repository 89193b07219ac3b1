package io.kadens.learning;

public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED;

    public String labelKey() {
        return "learning.status." + name().toLowerCase();
    }
}
