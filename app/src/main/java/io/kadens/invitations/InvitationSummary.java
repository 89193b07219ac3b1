package io.kadens.invitations;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation as HR admins see it in their list.
 *
 * @param deliveryFailure why the last send failed, or null when it was handed to the mail server
 */
public record InvitationSummary(
        UUID id,
        UUID personId,
        String personName,
        String email,
        InvitationStatus status,
        String invitedBy,
        OffsetDateTime createdAt,
        OffsetDateTime lastSentAt,
        OffsetDateTime expiresAt,
        OffsetDateTime acceptedAt,
        String deliveryFailure,
        long version) {

    public boolean deliveryFailed() {
        return deliveryFailure != null;
    }

    /** Pending and expired invitations can be sent again (with a new link); accepted and revoked ones cannot. */
    public boolean canResend() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
    }

    public boolean canRevoke() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
    }
}
