package io.kadens.oneonones;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a 1:1 leaves behind: the pair's shared notes (optimistic locking), each person's private note (only
 * ever their own, by row-level policy), and action items that follow the pair until done.
 */
@Service
public class OneOnOneNotes {

    static final int MAX_NOTES = 20_000;

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final OneOnOneGuard guard;
    private final OneOnOneSchedule schedule;
    private final OneOnOneMapping mapping;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OneOnOneNotes(OneOnOneRepository repository, OneOnOnePeople org, OneOnOneGuard guard, OneOnOneSchedule schedule,
                  OneOnOneMapping mapping, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.org = org;
        this.guard = guard;
        this.schedule = schedule;
        this.mapping = mapping;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ notes

    /** Throws ConcurrentEditException when someone saved since {@code version}. */
    public SharedNotes saveSharedNotes(UUID meetingId, String text, long version) {
        KadensUser me = guard.requirePerson();
        String clean = text == null ? "" : text;
        if (clean.length() > MAX_NOTES) {
            throw InvalidInputException.of("sharedNotes", "oneonones.notes.too-long");
        }
        return transactions.execute(status -> {
            guard.visibleMeeting(meetingId, me);
            if (!repository.saveSharedNotes(meetingId, clean, version)) {
                throw new ConcurrentEditException("one_on_one_meeting", meetingId);
            }
            var saved = repository.meeting(meetingId).orElseThrow();
            return new SharedNotes(saved.sharedNotes(), saved.notesVersion());
        });
    }

    /** The signed-in person's own private note on a meeting; nobody else's is ever returned. */
    public Optional<PrivateNote> myPrivateNote(UUID meetingId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            guard.visibleMeeting(meetingId, me);
            // The row-level policy only ever returns the bound person's own note.
            return repository.privateNote(meetingId);
        });
    }

    /** @param version the version read, or -1 for a first note */
    public PrivateNote savePrivateNote(UUID meetingId, String text, long version) {
        KadensUser me = guard.requirePerson();
        String clean = text == null ? "" : text;
        if (clean.length() > MAX_NOTES) {
            throw InvalidInputException.of("privateNote", "oneonones.notes.too-long");
        }
        return transactions.execute(status -> {
            guard.visibleMeeting(meetingId, me);
            Instant now = clock.instant();
            boolean saved = version < 0
                    ? repository.insertPrivateNote(meetingId, me.personId(), clean, now)
                    : repository.updatePrivateNote(meetingId, me.personId(), clean, version, now);
            if (!saved) {
                throw new ConcurrentEditException("private_note", meetingId);
            }
            return repository.privateNote(meetingId).orElseThrow();
        });
    }


    // ------------------------------------------------------------------ action items

    public ActionItem addActionItem(UUID meetingId, UUID ownerId, String text, LocalDate dueDate) {
        KadensUser me = guard.requirePerson();
        String clean = OneOnOneGuard.validText(text, "text");
        return transactions.execute(status -> {
            var meeting = guard.visibleMeeting(meetingId, me);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            UUID owner = ownerId == null ? me.personId() : ownerId;
            if (!pair.includes(owner)) {
                throw InvalidInputException.of("owner", "oneonones.action.owner.not-in-pair");
            }
            if (dueDate != null && dueDate.isBefore(LocalDate.now(clock.withZone(schedule.zone())).minusDays(0))) {
                throw InvalidInputException.of("dueDate", "oneonones.action.due.past");
            }
            UUID id = repository.insertActionItem(pair.id(), meetingId, owner, me.personId(), clean, dueDate,
                    clock.instant());
            events.publishEvent(new OneOnOneEvents.ActionItemAdded(guard.tenant(), id, meetingId, owner));
            return OneOnOneMapping.toAction(repository.actionItem(id).orElseThrow(), org.participants(List.of(owner)));
        });
    }

    public ActionItem setActionItemDone(UUID actionItemId, boolean done) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            var item = repository.actionItem(actionItemId)
                    .orElseThrow(() -> new OneOnOneNotFoundException("action item"));
            guard.visiblePair(item.pairId(), me);
            if (done != (item.doneAt() != null)) {
                repository.setDone(actionItemId, done ? clock.instant() : null);
            }
            return OneOnOneMapping.toAction(repository.actionItem(actionItemId).orElseThrow(),
                    org.participants(List.of(item.ownerId())));
        });
    }

    /** The pair's action items: open ones first. */
    public List<ActionItem> actionItems(UUID pairId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            guard.visiblePair(pairId, me);
            return mapping.actionsOf(pairId);
        });
    }
}
