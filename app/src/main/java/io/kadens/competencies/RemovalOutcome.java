package io.kadens.competencies;

/** What removing a competency did: deleted outright, or archived because ratings refer to it. */
public enum RemovalOutcome {
    DELETED, ARCHIVED
}
