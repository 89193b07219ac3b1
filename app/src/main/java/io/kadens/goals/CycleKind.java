package io.kadens.goals;

/** The length of a goal cycle the tenant defines. */
public enum CycleKind {
    QUARTER, HALF, YEAR, CUSTOM
}
