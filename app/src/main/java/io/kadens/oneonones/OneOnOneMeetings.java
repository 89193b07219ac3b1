package io.kadens.oneonones;

import io.kadens.audit.AuditLog;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One 1:1 meeting and its agenda: reading it, rescheduling, cancelling and completing it (talking points
 * carry over), and the talking points themselves. Only the two people of the pair see and change a meeting;
 * a completed or cancelled meeting's agenda is closed.
 */
@Service
public class OneOnOneMeetings {

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final OneOnOneGuard guard;
    private final OneOnOneSchedule schedule;
    private final OneOnOneMapping mapping;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OneOnOneMeetings(OneOnOneRepository repository, OneOnOnePeople org, OneOnOneGuard guard, OneOnOneSchedule schedule,
                     OneOnOneMapping mapping, CurrentUser currentUser, TenantSettingsService settings, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.org = org;
        this.guard = guard;
        this.schedule = schedule;
        this.mapping = mapping;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ meetings

    public Optional<Meeting> meeting(UUID meetingId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> repository.meeting(meetingId).flatMap(meeting -> {
            var pairRow = repository.pair(meeting.pairId()).orElseThrow();
            if (!pairRow.includes(me.personId())) {
                return Optional.empty();
            }
            return Optional.of(mapping.toMeeting(meeting, pairRow, me.personId()));
        }));
    }

    public MeetingSummary reschedule(UUID meetingId, Instant newTime, long version) {
        KadensUser me = guard.requirePerson();
        if (newTime == null) {
            throw InvalidInputException.of("scheduledAt", "oneonones.meeting.time.required");
        }
        if (newTime.isBefore(clock.instant())) {
            throw InvalidInputException.of("scheduledAt", "oneonones.meeting.time.past");
        }
        return transactions.execute(status -> {
            var meeting = guard.openMeeting(meetingId, me, "scheduledAt");
            if (!repository.reschedule(meetingId, newTime, version)) {
                throw new ConcurrentEditException("one_on_one_meeting", meetingId);
            }
            audit.record("oneonone.meeting.rescheduled", "one_on_one_meeting", meetingId.toString(),
                    Map.of("at", meeting.scheduledAt().toString()), Map.of("at", newTime.toString()));
            events.publishEvent(new OneOnOneEvents.MeetingRescheduled(guard.tenant(), meetingId, meeting.pairId()));
            return repository.meeting(meetingId).orElseThrow().summary();
        });
    }

    /** Cancels one meeting; its points move to the next meeting, and a new one is scheduled at the end. */
    public void cancel(UUID meetingId) {
        KadensUser me = guard.requirePerson();
        transactions.executeWithoutResult(status -> {
            var meeting = guard.openMeeting(meetingId, me, "meeting");
            repository.setStatus(meetingId, MeetingStatus.CANCELLED, null);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (pair.active()) {
                schedule.topUp(pair, settings.current().defaultCadence());
                schedule.nextAfter(meeting).ifPresent(next -> {
                    for (var item : repository.agenda(meetingId)) {
                        if (!item.covered()) {
                            repository.moveAgendaItem(item.id(), next.id(),
                                    item.carriedFrom() != null ? item.carriedFrom() : (item.recurring() ? null : meetingId));
                        }
                    }
                });
            }
            audit.record("oneonone.meeting.cancelled", "one_on_one_meeting", meetingId.toString(), null, null);
            events.publishEvent(new OneOnOneEvents.MeetingCancelled(guard.tenant(), meetingId, meeting.pairId()));
        });
    }

    /**
     * Completes a meeting: its agenda closes, points not covered carry over to the next meeting and
     * recurring points reappear there.
     *
     * @return the next meeting of the series
     */
    public MeetingSummary complete(UUID meetingId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            var meeting = guard.openMeeting(meetingId, me, "meeting");
            Instant now = clock.instant();
            repository.setStatus(meetingId, MeetingStatus.COMPLETED, now);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            schedule.topUp(pair, settings.current().defaultCadence());
            Optional<OneOnOneRepository.MeetingRow> next = schedule.nextAfter(meeting);
            next.ifPresent(n -> carryOver(meetingId, n.id(), now));
            audit.record("oneonone.meeting.completed", "one_on_one_meeting", meetingId.toString(), null, null);
            events.publishEvent(new OneOnOneEvents.MeetingCompleted(guard.tenant(), meetingId, meeting.pairId(),
                    next.map(OneOnOneRepository.MeetingRow::id).orElse(null)));
            return next.map(OneOnOneRepository.MeetingRow::summary).orElse(null);
        });
    }

    /**
     * The carry-over rule: a recurring point reappears (uncovered) on the next meeting; a point not
     * covered moves on as a copy marked "carried over" (the completed meeting keeps its agenda as held).
     */
    private void carryOver(UUID fromMeetingId, UUID toMeetingId, Instant now) {
        Set<String> recurringThere = new HashSet<>();
        repository.agenda(toMeetingId).stream().filter(OneOnOneRepository.AgendaRow::recurring)
                .forEach(item -> recurringThere.add(item.text()));
        for (var item : repository.agenda(fromMeetingId)) {
            if (item.recurring()) {
                // Already there when it was added ahead of time (see addPoint) or scheduled after it.
                if (recurringThere.add(item.text())) {
                    repository.insertAgendaItem(toMeetingId, item.authorId(), item.text(), true, null, now);
                }
            } else if (!item.covered()) {
                repository.insertAgendaItem(toMeetingId, item.authorId(), item.text(), false, fromMeetingId, now);
            }
        }
    }


    // ------------------------------------------------------------------ agenda

    public AgendaItem addTalkingPoint(UUID meetingId, String text, boolean recurring) {
        KadensUser me = guard.requirePerson();
        String clean = OneOnOneGuard.validText(text, "text");
        return transactions.execute(status -> {
            guard.openMeeting(meetingId, me, "text");
            return addPoint(meetingId, me.personId(), clean, recurring);
        });
    }

    /**
     * For background requests (a Slack slash command) in an explicit {@code TenantScope} with no
     * signed-in user: a talking point in {@code authorId}'s name, who must be one of the pair.
     *
     * @param meetingOrPairId a meeting id, or a series id (then the series' next scheduled meeting)
     */
    public AgendaItem addTalkingPoint(UUID meetingOrPairId, UUID authorId, String text) {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("only background work in an explicit tenant scope acts for someone");
        }
        String clean = OneOnOneGuard.validText(text, "text");
        return transactions.execute(status -> {
            UUID meetingId = repository.meeting(meetingOrPairId).map(OneOnOneRepository.MeetingRow::id)
                    .or(() -> repository.pair(meetingOrPairId).filter(OneOnOneRepository.PairRow::active)
                            .flatMap(pair -> {
                                schedule.topUp(pair, settings.current().defaultCadence());
                                return repository.meetingsOf(pair.id()).stream()
                                        .filter(m -> OneOnOneSchedule.upcoming(m, clock.instant()))
                                        .findFirst().map(OneOnOneRepository.MeetingRow::id);
                            }))
                    .orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
            var meeting = repository.meeting(meetingId).orElseThrow();
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (!pair.includes(authorId)) {
                throw new OneOnOneNotFoundException("meeting");
            }
            if (!meeting.status().isOpen()) {
                throw InvalidInputException.of("text", "oneonones.agenda.meeting-closed");
            }
            return addPoint(meetingId, authorId, clean, false);
        });
    }

    private AgendaItem addPoint(UUID meetingId, UUID authorId, String text, boolean recurring) {
        UUID id = repository.insertAgendaItem(meetingId, authorId, text, recurring, null, clock.instant());
        if (recurring) {
            schedule.repeatAhead(meetingId, authorId, text);
        }
        events.publishEvent(new OneOnOneEvents.TalkingPointAdded(guard.tenant(), meetingId, id, authorId));
        return OneOnOneMapping.toAgenda(repository.agendaItem(id).orElseThrow(), org.participants(List.of(authorId)));
    }

    public AgendaItem setCovered(UUID itemId, boolean covered) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            var item = repository.agendaItem(itemId).orElseThrow(() -> new OneOnOneNotFoundException("agenda item"));
            guard.openMeeting(item.meetingId(), me, "covered");
            repository.setCovered(itemId, covered);
            return OneOnOneMapping.toAgenda(repository.agendaItem(itemId).orElseThrow(), org.participants(List.of(item.authorId())));
        });
    }

    /** The agenda in the given order; every item of the meeting exactly once. */
    public List<AgendaItem> reorderAgenda(UUID meetingId, List<UUID> itemIds) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            guard.openMeeting(meetingId, me, "order");
            var current = repository.agenda(meetingId);
            Set<UUID> currentIds = new HashSet<>();
            current.forEach(i -> currentIds.add(i.id()));
            if (itemIds == null || itemIds.size() != currentIds.size() || !currentIds.equals(new HashSet<>(itemIds))) {
                throw InvalidInputException.of("order", "oneonones.agenda.order.invalid");
            }
            for (int i = 0; i < itemIds.size(); i++) {
                repository.setPosition(itemIds.get(i), i);
            }
            return mapping.agendaOf(meetingId);
        });
    }

    public void removeTalkingPoint(UUID itemId) {
        KadensUser me = guard.requirePerson();
        transactions.executeWithoutResult(status -> {
            var item = repository.agendaItem(itemId).orElseThrow(() -> new OneOnOneNotFoundException("agenda item"));
            guard.openMeeting(item.meetingId(), me, "text");
            repository.deleteAgendaItem(itemId);
        });
    }
}
