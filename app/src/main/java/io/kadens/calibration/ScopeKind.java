package io.kadens.calibration;

/** How a session's people were chosen from the cycle's participants. */
public enum ScopeKind {
    DEPARTMENTS, TEAMS, LIST
}
