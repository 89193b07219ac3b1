package io.kadens.development;

public enum ObjectiveStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
