package io.kadens.ai.plans;

/** Why a competency counts as a gap. */
public enum GapOrigin {
    /** Expected level minus the latest assessed level is positive. */
    ASSESSMENT,
    /** A growth theme of the person's feedback is about it; no assessed gap. */
    FEEDBACK,
    /** Both. */
    ASSESSMENT_AND_FEEDBACK
}
