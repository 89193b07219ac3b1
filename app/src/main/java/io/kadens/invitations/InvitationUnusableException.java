package io.kadens.invitations;

/** The link cannot be used to set a password; the state says why (expired, used, revoked ...). */
public class InvitationUnusableException extends RuntimeException {

    private final InvitationLink.State state;

    public InvitationUnusableException(InvitationLink.State state) {
        super("invitation link is " + state);
        this.state = state;
    }

    public InvitationLink.State state() {
        return state;
    }
}
