package io.kadens.development;

/** What an objective grows from: a gap in a competency, the person's target role, or a growth area named in feedback. */
public enum ObjectiveSource {
    COMPETENCY_GAP, TARGET_ROLE, GROWTH_AREA
}
