package io.kadens.invitations;

import java.util.UUID;

/** Someone HR can invite: active, without a sign-in and without an open invitation. */
public record InvitablePerson(UUID id, String name, String email) {
}
