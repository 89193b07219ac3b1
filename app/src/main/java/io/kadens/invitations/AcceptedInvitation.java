package io.kadens.invitations;

/** A used invitation: what the invitee signs in with from now on. */
public record AcceptedInvitation(String organisationSlug, String email) {
}
