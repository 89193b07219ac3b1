package io.kadens.development;

public enum ActionStatus {
    OPEN, DONE
}
