package io.kadens.invitations;

/** Where an invitation stands. EXPIRED is not stored: a pending invitation past its date is expired. */
public enum InvitationStatus {
    PENDING, EXPIRED, ACCEPTED, REVOKED
}
