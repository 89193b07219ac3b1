package io.kadens.goals;

/**
 * How a key result is measured: a number from start to target (either direction) with a unit, a
 * percentage 0..100, yes/no (0 or 1), or a checklist of milestones (done/total).
 */
public enum KeyResultType {
    NUMERIC, PERCENTAGE, BOOLEAN, MILESTONES
}
