package io.kadens.oneonones;

import io.kadens.audit.AuditLog;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may touch which series and meeting: only the two people of a pair; the operator has no 1:1s. */
@Component
class OneOnOneGuard {

    static final int MAX_TEXT = 500;

    private final OneOnOneRepository repository;
    private final CurrentUser currentUser;

    OneOnOneGuard(OneOnOneRepository repository, CurrentUser currentUser) {
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
        return new TenantId(repository.tenant());
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
