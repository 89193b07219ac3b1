package io.kadens.invitations;

import java.util.Optional;

/**
 * What the invitation page may show for a link: its state, and only when the link is valid the
 * organisation and the invitee's email. Every other state tells nothing about the tenant.
 */
public record InvitationLink(State state, Optional<String> organisationName, Optional<String> email,
                             Optional<String> givenName) {

    public enum State {
        /** Open: the invitee may set a password. */
        VALID,
        /** Past its date; HR can send a new one. */
        EXPIRED,
        /** Already used to set a password. */
        USED,
        /** Withdrawn by HR. */
        REVOKED,
        /** The organisation is suspended. */
        SUSPENDED,
        /** Not a link Kadens issued, or replaced by a newer one. */
        UNKNOWN
    }

    static InvitationLink valid(String organisationName, String email, String givenName) {
        return new InvitationLink(State.VALID, Optional.of(organisationName), Optional.of(email), Optional.of(givenName));
    }

    static InvitationLink of(State state) {
        return new InvitationLink(state, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isValid() {
        return state == State.VALID;
    }
}
