package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns stored rows into the records the API hands out, with participants' names. Must run inside a transaction. */
@Component
class OneOnOneMapping {

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final TenantSettingsService settings;

    OneOnOneMapping(OneOnOneRepository repository, OneOnOnePeople org, TenantSettingsService settings) {
        this.repository = repository;
        this.org = org;
        this.settings = settings;
    }

    // ------------------------------------------------------------------ mapping

    Map<UUID, Participant> participantsOf(List<OneOnOneRepository.PairRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.leadId());
            ids.add(r.memberId());
        });
        return org.participants(ids);
    }

    static OneOnOnePair toPair(OneOnOneRepository.PairRow row, Map<UUID, Participant> people,
                               CheckInCadence defaultCadence) {
        return new OneOnOnePair(row.id(), row.kind(), people.get(row.leadId()), people.get(row.memberId()),
                OneOnOneSchedule.cadenceOf(row, defaultCadence), row.cadenceOverride() != null, row.active(), row.version());
    }

    List<AgendaItem> agendaOf(UUID meetingId) {
        var rows = repository.agenda(meetingId);
        var authors = org.participants(rows.stream().map(OneOnOneRepository.AgendaRow::authorId).toList());
        return rows.stream().map(r -> toAgenda(r, authors)).toList();
    }

    static AgendaItem toAgenda(OneOnOneRepository.AgendaRow row, Map<UUID, Participant> people) {
        Participant author = people.get(row.authorId());
        return new AgendaItem(row.id(), row.meetingId(), row.authorId(), author == null ? "" : author.name(), row.text(),
                row.position(), row.covered(), row.recurring(), row.carriedFrom() != null, row.version());
    }

    List<ActionItem> actionsOf(UUID pairId) {
        var rows = repository.actionItemsOf(pairId);
        var owners = org.participants(rows.stream().map(OneOnOneRepository.ActionRow::ownerId).toList());
        return rows.stream().map(r -> toAction(r, owners)).toList();
    }

    static ActionItem toAction(OneOnOneRepository.ActionRow row, Map<UUID, Participant> people) {
        Participant owner = people.get(row.ownerId());
        return new ActionItem(row.id(), row.pairId(), row.meetingId(), row.ownerId(), owner == null ? "" : owner.name(),
                row.text(), row.dueDate(), row.doneAt(), row.version());
    }

    Meeting toMeeting(OneOnOneRepository.MeetingRow meeting, OneOnOneRepository.PairRow pairRow, UUID viewer) {
        OneOnOnePair pair = toPair(pairRow, participantsOf(List.of(pairRow)), settings.current().defaultCadence());
        // Agreed at this meeting (open or done), plus every item of the pair still open that was agreed at
        // this meeting's time or before: open items follow the pair from meeting to meeting until done.
        Map<UUID, Instant> agreedAt = new HashMap<>();
        repository.meetingsOf(pairRow.id()).forEach(m -> agreedAt.put(m.id(), m.scheduledAt()));
        List<ActionItem> actions = actionsOf(pairRow.id()).stream()
                .filter(a -> a.meetingId().equals(meeting.id())
                        || (!a.done() && !agreedAt.getOrDefault(a.meetingId(), Instant.MIN).isAfter(meeting.scheduledAt())))
                .toList();
        PrivateNote note = repository.privateNote(meeting.id()).orElse(new PrivateNote(meeting.id(), "", -1));
        CheckIn checkIn = pairRow.kind() == PairKind.MANAGER
                ? repository.checkInForMeeting(meeting.id()).map(row -> CheckIns.toCheckIn(row, meeting, pair, repository))
                        .orElse(null)
                : null;
        return new Meeting(meeting.id(), pair, meeting.scheduledAt(), meeting.durationMinutes(), meeting.status(),
                meeting.completedAt(), agendaOf(meeting.id()), new SharedNotes(meeting.sharedNotes(), meeting.notesVersion()),
                note, actions, checkIn, meeting.version());
    }
}
