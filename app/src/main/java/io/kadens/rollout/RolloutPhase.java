package io.kadens.rollout;

/** The phases of a tenant's rollout, in order (step 6: plan, pilot in a few groups, then roll out). */
public enum RolloutPhase {
    PLANNING, PILOT, ROLLOUT;

    public String labelKey() {
        return "rollout.phase." + name();
    }
}
