package io.kadens.goals;

/**
 * Manager approval of an individual goal, used when the tenant's settings require it:
 * the owner submits ({@code PENDING}), someone in the owner's manager chain approves (the goal becomes
 * active) or returns it with a comment ({@code RETURNED}, the owner edits and submits again).
 */
public enum ApprovalState {
    NOT_REQUIRED, PENDING, APPROVED, RETURNED
}
