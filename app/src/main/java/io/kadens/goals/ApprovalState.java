package io.kadens.goals;

/**
 * Manager approval of an individual goal, used when the tenant's settings require it:
 * the owner submits ({@code PENDING}), someone in the owner's manager chain approves (the goal becomes
 * active) or returns it with a comment ({@code RETURNED}, the owner edits and submits again).
 */
public enum ApprovalState {
    NOT_REQUIRED, PENDING, APPROVED, RETURNED;

    /** A draft may be submitted unless it already waits for a decision or was approved. */
    public boolean maySubmit() {
        return this == NOT_REQUIRED || this == RETURNED;
    }

    /** Only a submitted goal is approved or returned. */
    public boolean awaitsDecision() {
        return this == PENDING;
    }

    /** The state a decision on a pending goal leads to. */
    public static ApprovalState decided(boolean approved) {
        return approved ? APPROVED : RETURNED;
    }
}
