package io.kadens.oneonones;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TransactionTenant;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may touch which series and meeting: only the two people of a pair; the operator has no 1:1s. */
@Component
class OneOnOneGuard {

    static final int MAX_TEXT = 500;

    private final OneOnOneRepository repository;
    private final CurrentUser currentUser;
    private final TransactionTenant tenant;

    OneOnOneGuard(OneOnOneRepository repository, CurrentUser currentUser, TransactionTenant tenant) {
        this.tenant = tenant;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    // ------------------------------------------------------------------ access

    KadensUser requirePerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no 1:1s");
        }
        return user;
    }

    TenantId tenant() {
        return tenant.require();
    }

    OneOnOneRepository.PairRow visiblePair(UUID pairId, KadensUser me) {
        return repository.pair(pairId).filter(p -> p.includes(me.personId()))
                .orElseThrow(() -> new OneOnOneNotFoundException("series"));
    }

    OneOnOneRepository.MeetingRow visibleMeeting(UUID meetingId, KadensUser me) {
        var meeting = repository.meeting(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
        visiblePair(meeting.pairId(), me);
        return meeting;
    }

    /** A meeting of the caller that is still ahead; a completed or cancelled one answers a clear message. */
    OneOnOneRepository.MeetingRow openMeeting(UUID meetingId, KadensUser me, String field) {
        var meeting = repository.meetingForUpdate(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
        visiblePair(meeting.pairId(), me);
        if (!meeting.status().isOpen()) {
            throw InvalidInputException.of(field, meeting.status() == MeetingStatus.CANCELLED
                    ? "oneonones.agenda.meeting-cancelled" : "oneonones.agenda.meeting-closed");
        }
        return meeting;
    }

    static String validText(String text, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of(field, "oneonones.text.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "oneonones.text.too-long");
        }
        return clean;
    }
}
