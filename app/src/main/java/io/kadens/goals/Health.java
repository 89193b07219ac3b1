package io.kadens.goals;

/** How a goal is doing: progress against the share of its period that has passed (see {@link HealthRule}). */
public enum Health {
    ON_TRACK, AT_RISK, OFF_TRACK
}
