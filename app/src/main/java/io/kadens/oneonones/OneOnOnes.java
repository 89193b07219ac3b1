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
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1:1 series and their meetings: only the two people of a pair see and change a meeting; HR admins
 * manage mentor pairs. Rules are enforced here, whatever a screen shows. Ids the caller may not see
 * behave like missing ids (empty / not found).
 */
@Service
public class OneOnOnes {

    /** Meetings kept scheduled ahead per active series. */
    public static final int MEETINGS_AHEAD = 3;
    /** Local time of day new meetings are put at. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);
    static final int DEFAULT_DURATION = 30;
    static final int MAX_TEXT = 500;
    static final int MAX_NOTES = 20_000;

    private final OneOnOneRepository repository;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OneOnOnes(OneOnOneRepository repository, CurrentUser currentUser, TenantSettingsService settings, AuditLog audit,
              ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ series

    /** The signed-in person's series (as lead and as member), creating the manager series on first use. */
    public List<MyOneOnOne> mine() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            keepMyLinesInStep(me.personId());
            List<OneOnOneRepository.PairRow> rows = repository.pairsOf(me.personId());
            Map<UUID, Participant> people = participantsOf(rows);
            CheckInCadence defaultCadence = settings.current().defaultCadence();
            Map<UUID, Integer> open = repository.openActionCounts(rows.stream().map(OneOnOneRepository.PairRow::id).toList());
            Map<UUID, Integer> pulses = repository.lastPulses(rows.stream()
                    .filter(r -> r.kind() == PairKind.MANAGER && r.leadId().equals(me.personId()))
                    .map(OneOnOneRepository.PairRow::memberId).toList());
            Instant now = clock.instant();
            List<MyOneOnOne> result = new ArrayList<>();
            for (var row : rows) {
                if (!row.active()) {
                    continue;
                }
                MeetingSummary next = repository.meetingsOf(row.id()).stream()
                        .filter(m -> upcoming(m, now))
                        .findFirst().map(OneOnOneRepository.MeetingRow::summary).orElse(null);
                boolean iLead = row.leadId().equals(me.personId());
                Integer pulse = iLead && row.kind() == PairKind.MANAGER ? pulses.get(row.memberId()) : null;
                result.add(new MyOneOnOne(toPair(row, people, defaultCadence), iLead, next,
                        open.getOrDefault(row.id(), 0), pulse));
            }
            result.sort(Comparator.comparing((MyOneOnOne r) -> !r.iLead())
                    .thenComparing(r -> r.pair().kind())
                    .thenComparing(r -> r.other().name()));
            return result;
        });
    }

    public Optional<OneOnOnePair> pair(UUID pairId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.pair(pairId)
                .filter(row -> row.leadId().equals(me.personId()) || row.memberId().equals(me.personId()))
                .map(row -> toPair(row, participantsOf(List.of(row)), settings.current().defaultCadence())));
    }

    /** Every meeting of a series, oldest first. */
    public List<MeetingSummary> meetings(UUID pairId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            visiblePair(pairId, me);
            return repository.meetingsOf(pairId).stream().map(OneOnOneRepository.MeetingRow::summary).toList();
        });
    }

    /** HR admin (any two people) or one of the pair (themselves as mentor or mentee). */
    public OneOnOnePair createMentorPair(UUID mentorId, UUID menteeId) {
        KadensUser me = requirePerson();
        if (!me.has(Role.HR_ADMIN) && !me.personId().equals(mentorId) && !me.personId().equals(menteeId)) {
            throw new AccessDeniedException("only HR admins pair other people");
        }
        var errors = new InvalidInputException.Collector();
        errors.check(mentorId != null, "mentor", "oneonones.mentor.required");
        errors.check(menteeId != null, "mentee", "oneonones.mentee.required");
        errors.throwIfAny();
        if (mentorId.equals(menteeId)) {
            throw InvalidInputException.of("mentee", "oneonones.mentor.self");
        }
        return transactions.execute(status -> {
            // Unknown and other tenants' people alike: not found.
            if (!repository.activePerson(mentorId) || !repository.activePerson(menteeId)) {
                throw new OneOnOneNotFoundException("person");
            }
            UUID id = repository.pair(PairKind.MENTOR, mentorId, menteeId).map(existing -> {
                if (existing.active()) {
                    throw InvalidInputException.of("mentee", "oneonones.mentor.exists");
                }
                repository.setPairActive(existing.id(), true);
                return existing.id();
            }).orElseGet(() -> repository.insertPair(PairKind.MENTOR, mentorId, menteeId, clock.instant()));
            OneOnOneRepository.PairRow row = repository.pair(id).orElseThrow();
            topUp(row, settings.current().defaultCadence());
            audit.record("oneonone.mentor_pair.created", "one_on_one_pair", id.toString(), null,
                    Map.of("mentor", mentorId.toString(), "mentee", menteeId.toString()));
            return toPair(row, participantsOf(List.of(row)), settings.current().defaultCadence());
        });
    }

    /** Ends a mentorship: its future meetings are cancelled, history stays. HR admin or one of the pair. */
    public void endMentorPair(UUID pairId) {
        KadensUser me = requirePerson();
        transactions.executeWithoutResult(status -> {
            var row = repository.pair(pairId)
                    .filter(r -> r.includes(me.personId()) || me.has(Role.HR_ADMIN))
                    .orElseThrow(() -> new OneOnOneNotFoundException("series"));
            if (row.kind() != PairKind.MENTOR) {
                throw InvalidInputException.of("series", "oneonones.series.not-mentor");
            }
            deactivate(row);
            audit.record("oneonone.mentor_pair.ended", "one_on_one_pair", pairId.toString(), null, null);
        });
    }

    /** The pair's own cadence, or null to follow the tenant default; future meetings are respaced. */
    public OneOnOnePair setCadence(UUID pairId, CheckInCadence cadence) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var row = visiblePair(pairId, me);
            repository.setCadenceOverride(pairId, cadence == null ? null : cadence.name());
            var updated = repository.pair(pairId).orElseThrow();
            CheckInCadence defaultCadence = settings.current().defaultCadence();
            respace(updated, defaultCadence);
            audit.record("oneonone.cadence.changed", "one_on_one_pair", pairId.toString(),
                    Map.of("cadence", String.valueOf(row.cadenceOverride())), Map.of("cadence", String.valueOf(cadence)));
            return toPair(updated, participantsOf(List.of(updated)), defaultCadence);
        });
    }

    /**
     * Keeps manager series in step with the reporting lines of the bound tenant: a series for every
     * active manager and direct report, series of ended lines inactive (their future meetings
     * cancelled), and {@link #MEETINGS_AHEAD} meetings scheduled for every active series.
     * Works for HR admins and background work in an explicit tenant scope.
     *
     * @return how many series were created or reactivated
     */
    public int synchroniseReportingLines() {
        Optional<KadensUser> user = currentUser.get();
        if (user.isPresent() ? !user.get().has(Role.HR_ADMIN) : TenantScope.explicitTenant().isEmpty()) {
            throw new AccessDeniedException("HR admins and background work keep 1:1 series in step");
        }
        return transactions.execute(status -> {
            CheckInCadence defaultCadence = settings.current().defaultCadence();
            Set<OneOnOneRepository.Line> lines = new HashSet<>(repository.activeReportingLines());
            int changed = 0;
            Set<OneOnOneRepository.Line> existing = new HashSet<>();
            for (var pair : repository.allPairs(PairKind.MANAGER)) {
                var line = new OneOnOneRepository.Line(pair.leadId(), pair.memberId());
                existing.add(line);
                if (lines.contains(line) && !pair.active()) {
                    repository.setPairActive(pair.id(), true);
                    changed++;
                } else if (!lines.contains(line) && pair.active()) {
                    deactivate(pair);
                }
            }
            for (var line : lines) {
                if (!existing.contains(line)) {
                    repository.insertPair(PairKind.MANAGER, line.managerId(), line.reportId(), clock.instant());
                    changed++;
                }
            }
            for (var pair : repository.allPairs(PairKind.MANAGER)) {
                if (pair.active()) {
                    topUp(pair, defaultCadence);
                }
            }
            for (var pair : repository.allPairs(PairKind.MENTOR)) {
                if (pair.active()) {
                    topUp(pair, defaultCadence);
                }
            }
            return changed;
        });
    }

    // ------------------------------------------------------------------ meetings

    public Optional<Meeting> meeting(UUID meetingId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.meeting(meetingId).flatMap(meeting -> {
            var pairRow = repository.pair(meeting.pairId()).orElseThrow();
            if (!pairRow.includes(me.personId())) {
                return Optional.empty();
            }
            return Optional.of(toMeeting(meeting, pairRow, me.personId()));
        }));
    }

    public MeetingSummary reschedule(UUID meetingId, Instant newTime, long version) {
        KadensUser me = requirePerson();
        if (newTime == null) {
            throw InvalidInputException.of("scheduledAt", "oneonones.meeting.time.required");
        }
        if (newTime.isBefore(clock.instant())) {
            throw InvalidInputException.of("scheduledAt", "oneonones.meeting.time.past");
        }
        return transactions.execute(status -> {
            var meeting = openMeeting(meetingId, me, "scheduledAt");
            if (!repository.reschedule(meetingId, newTime, version)) {
                throw new ConcurrentEditException("one_on_one_meeting", meetingId);
            }
            audit.record("oneonone.meeting.rescheduled", "one_on_one_meeting", meetingId.toString(),
                    Map.of("at", meeting.scheduledAt().toString()), Map.of("at", newTime.toString()));
            events.publishEvent(new OneOnOneEvents.MeetingRescheduled(tenant(), meetingId, meeting.pairId()));
            return repository.meeting(meetingId).orElseThrow().summary();
        });
    }

    /** Cancels one meeting; its points move to the next meeting, and a new one is scheduled at the end. */
    public void cancel(UUID meetingId) {
        KadensUser me = requirePerson();
        transactions.executeWithoutResult(status -> {
            var meeting = openMeeting(meetingId, me, "meeting");
            repository.setStatus(meetingId, MeetingStatus.CANCELLED, null);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (pair.active()) {
                topUp(pair, settings.current().defaultCadence());
                nextAfter(meeting).ifPresent(next -> {
                    for (var item : repository.agenda(meetingId)) {
                        if (!item.covered()) {
                            repository.moveAgendaItem(item.id(), next.id(),
                                    item.carriedFrom() != null ? item.carriedFrom() : (item.recurring() ? null : meetingId));
                        }
                    }
                });
            }
            audit.record("oneonone.meeting.cancelled", "one_on_one_meeting", meetingId.toString(), null, null);
            events.publishEvent(new OneOnOneEvents.MeetingCancelled(tenant(), meetingId, meeting.pairId()));
        });
    }

    /**
     * Completes a meeting: its agenda closes, points not covered carry over to the next meeting and
     * recurring points reappear there.
     *
     * @return the next meeting of the series
     */
    public MeetingSummary complete(UUID meetingId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var meeting = openMeeting(meetingId, me, "meeting");
            Instant now = clock.instant();
            repository.setStatus(meetingId, MeetingStatus.COMPLETED, now);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            topUp(pair, settings.current().defaultCadence());
            Optional<OneOnOneRepository.MeetingRow> next = nextAfter(meeting);
            next.ifPresent(n -> carryOver(meetingId, n.id(), now));
            audit.record("oneonone.meeting.completed", "one_on_one_meeting", meetingId.toString(), null, null);
            events.publishEvent(new OneOnOneEvents.MeetingCompleted(tenant(), meetingId, meeting.pairId(),
                    next.map(OneOnOneRepository.MeetingRow::id).orElse(null)));
            return next.map(OneOnOneRepository.MeetingRow::summary).orElse(null);
        });
    }

    /**
     * The carry-over rule: a recurring point reappears (uncovered) on the next meeting; a point not
     * covered moves on as a copy marked "carried over" (the completed meeting keeps its agenda as held).
     */
    private void carryOver(UUID fromMeetingId, UUID toMeetingId, Instant now) {
        for (var item : repository.agenda(fromMeetingId)) {
            if (item.recurring()) {
                repository.insertAgendaItem(toMeetingId, item.authorId(), item.text(), true, null, now);
            } else if (!item.covered()) {
                repository.insertAgendaItem(toMeetingId, item.authorId(), item.text(), false, fromMeetingId, now);
            }
        }
    }

    // ------------------------------------------------------------------ agenda

    public AgendaItem addTalkingPoint(UUID meetingId, String text, boolean recurring) {
        KadensUser me = requirePerson();
        String clean = validText(text, "text");
        return transactions.execute(status -> {
            openMeeting(meetingId, me, "text");
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
        String clean = validText(text, "text");
        return transactions.execute(status -> {
            UUID meetingId = repository.meeting(meetingOrPairId).map(OneOnOneRepository.MeetingRow::id)
                    .or(() -> repository.pair(meetingOrPairId).filter(OneOnOneRepository.PairRow::active)
                            .flatMap(pair -> {
                                topUp(pair, settings.current().defaultCadence());
                                return repository.meetingsOf(pair.id()).stream()
                                        .filter(m -> upcoming(m, clock.instant()))
                                        .findFirst().map(OneOnOneRepository.MeetingRow::id);
                            }))
                    .orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
            var meeting = repository.meeting(meetingId).orElseThrow();
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (!pair.includes(authorId)) {
                throw new OneOnOneNotFoundException("meeting");
            }
            if (meeting.status() != MeetingStatus.SCHEDULED) {
                throw InvalidInputException.of("text", "oneonones.agenda.meeting-closed");
            }
            return addPoint(meetingId, authorId, clean, false);
        });
    }

    private AgendaItem addPoint(UUID meetingId, UUID authorId, String text, boolean recurring) {
        UUID id = repository.insertAgendaItem(meetingId, authorId, text, recurring, null, clock.instant());
        events.publishEvent(new OneOnOneEvents.TalkingPointAdded(tenant(), meetingId, id, authorId));
        return toAgenda(repository.agendaItem(id).orElseThrow(), repository.participants(List.of(authorId)));
    }

    public AgendaItem setCovered(UUID itemId, boolean covered) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var item = repository.agendaItem(itemId).orElseThrow(() -> new OneOnOneNotFoundException("agenda item"));
            openMeeting(item.meetingId(), me, "covered");
            repository.setCovered(itemId, covered);
            return toAgenda(repository.agendaItem(itemId).orElseThrow(), repository.participants(List.of(item.authorId())));
        });
    }

    /** The agenda in the given order; every item of the meeting exactly once. */
    public List<AgendaItem> reorderAgenda(UUID meetingId, List<UUID> itemIds) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            openMeeting(meetingId, me, "order");
            var current = repository.agenda(meetingId);
            Set<UUID> currentIds = new HashSet<>();
            current.forEach(i -> currentIds.add(i.id()));
            if (itemIds == null || itemIds.size() != currentIds.size() || !currentIds.equals(new HashSet<>(itemIds))) {
                throw InvalidInputException.of("order", "oneonones.agenda.order.invalid");
            }
            for (int i = 0; i < itemIds.size(); i++) {
                repository.setPosition(itemIds.get(i), i);
            }
            return agendaOf(meetingId);
        });
    }

    public void removeTalkingPoint(UUID itemId) {
        KadensUser me = requirePerson();
        transactions.executeWithoutResult(status -> {
            var item = repository.agendaItem(itemId).orElseThrow(() -> new OneOnOneNotFoundException("agenda item"));
            openMeeting(item.meetingId(), me, "text");
            repository.deleteAgendaItem(itemId);
        });
    }

    // ------------------------------------------------------------------ notes

    /** Throws ConcurrentEditException when someone saved since {@code version}. */
    public SharedNotes saveSharedNotes(UUID meetingId, String text, long version) {
        KadensUser me = requirePerson();
        String clean = text == null ? "" : text;
        if (clean.length() > MAX_NOTES) {
            throw InvalidInputException.of("sharedNotes", "oneonones.notes.too-long");
        }
        return transactions.execute(status -> {
            visibleMeeting(meetingId, me);
            if (!repository.saveSharedNotes(meetingId, clean, version)) {
                throw new ConcurrentEditException("one_on_one_meeting", meetingId);
            }
            var saved = repository.meeting(meetingId).orElseThrow();
            return new SharedNotes(saved.sharedNotes(), saved.notesVersion());
        });
    }

    /** The signed-in person's own private note on a meeting; nobody else's is ever returned. */
    public Optional<PrivateNote> myPrivateNote(UUID meetingId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            visibleMeeting(meetingId, me);
            // The row-level policy only ever returns the bound person's own note.
            return repository.privateNote(meetingId);
        });
    }

    /** @param version the version read, or -1 for a first note */
    public PrivateNote savePrivateNote(UUID meetingId, String text, long version) {
        KadensUser me = requirePerson();
        String clean = text == null ? "" : text;
        if (clean.length() > MAX_NOTES) {
            throw InvalidInputException.of("privateNote", "oneonones.notes.too-long");
        }
        return transactions.execute(status -> {
            visibleMeeting(meetingId, me);
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
        KadensUser me = requirePerson();
        String clean = validText(text, "text");
        return transactions.execute(status -> {
            var meeting = visibleMeeting(meetingId, me);
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            UUID owner = ownerId == null ? me.personId() : ownerId;
            if (!pair.includes(owner)) {
                throw InvalidInputException.of("owner", "oneonones.action.owner.not-in-pair");
            }
            if (dueDate != null && dueDate.isBefore(LocalDate.now(clock.withZone(zone())).minusDays(0))) {
                throw InvalidInputException.of("dueDate", "oneonones.action.due.past");
            }
            UUID id = repository.insertActionItem(pair.id(), meetingId, owner, me.personId(), clean, dueDate,
                    clock.instant());
            events.publishEvent(new OneOnOneEvents.ActionItemAdded(tenant(), id, meetingId, owner));
            return toAction(repository.actionItem(id).orElseThrow(), repository.participants(List.of(owner)));
        });
    }

    public ActionItem setActionItemDone(UUID actionItemId, boolean done) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var item = repository.actionItem(actionItemId)
                    .orElseThrow(() -> new OneOnOneNotFoundException("action item"));
            visiblePair(item.pairId(), me);
            if (done != (item.doneAt() != null)) {
                repository.setDone(actionItemId, done ? clock.instant() : null);
            }
            return toAction(repository.actionItem(actionItemId).orElseThrow(),
                    repository.participants(List.of(item.ownerId())));
        });
    }

    /** The pair's action items: open ones first. */
    public List<ActionItem> actionItems(UUID pairId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            visiblePair(pairId, me);
            return actionsOf(pairId);
        });
    }

    // ------------------------------------------------------------------ for reminders (background work)

    /**
     * Scheduled meetings of the bound tenant starting in [from, to), with participants and agenda.
     * For background work in an explicit {@code TenantScope}; a signed-in person gets their own only.
     */
    public List<UpcomingMeeting> meetingsBetween(Instant from, Instant to) {
        Optional<UUID> me = currentUser.get().filter(u -> !u.isOperator()).map(KadensUser::personId);
        if (me.isEmpty() && TenantScope.explicitTenant().isEmpty()) {
            throw new AccessDeniedException("background work names its tenant");
        }
        return transactions.execute(status -> {
            List<UpcomingMeeting> result = new ArrayList<>();
            Map<UUID, OneOnOneRepository.PairRow> pairs = new HashMap<>();
            for (var meeting : repository.scheduledBetween(from, to)) {
                var pair = pairs.computeIfAbsent(meeting.pairId(), id -> repository.pair(id).orElseThrow());
                if (!pair.active() || (me.isPresent() && !pair.includes(me.get()))) {
                    continue;
                }
                var people = participantsOf(List.of(pair));
                result.add(new UpcomingMeeting(meeting.id(), pair.id(), pair.kind(), meeting.scheduledAt(),
                        meeting.durationMinutes(), people.get(pair.leadId()), people.get(pair.memberId()),
                        agendaOf(meeting.id())));
            }
            return result;
        });
    }

    // ------------------------------------------------------------------ scheduling

    /** Manager series of the person kept in step with their current reporting lines; then scheduled ahead. */
    void keepMyLinesInStep(UUID personId) {
        CheckInCadence defaultCadence = settings.current().defaultCadence();
        Set<OneOnOneRepository.Line> lines = new HashSet<>();
        repository.managerOf(personId).filter(repository::activePerson)
                .ifPresent(manager -> lines.add(new OneOnOneRepository.Line(manager, personId)));
        repository.activeDirectReports(personId).forEach(report -> lines.add(new OneOnOneRepository.Line(personId, report)));
        Set<OneOnOneRepository.Line> existing = new HashSet<>();
        for (var pair : repository.pairsOf(personId)) {
            if (pair.kind() != PairKind.MANAGER) {
                continue;
            }
            var line = new OneOnOneRepository.Line(pair.leadId(), pair.memberId());
            existing.add(line);
            if (lines.contains(line) && !pair.active()) {
                repository.setPairActive(pair.id(), true);
            } else if (!lines.contains(line) && pair.active()) {
                deactivate(pair);
            }
        }
        for (var line : lines) {
            if (!existing.contains(line)) {
                repository.insertPair(PairKind.MANAGER, line.managerId(), line.reportId(), clock.instant());
            }
        }
        for (var pair : repository.pairsOf(personId)) {
            if (pair.active()) {
                topUp(pair, defaultCadence);
            }
        }
    }

    private void deactivate(OneOnOneRepository.PairRow pair) {
        repository.setPairActive(pair.id(), false);
        Instant now = clock.instant();
        for (var meeting : repository.meetingsOf(pair.id())) {
            if (meeting.status() == MeetingStatus.SCHEDULED && meeting.scheduledAt().isAfter(now)) {
                repository.setStatus(meeting.id(), MeetingStatus.CANCELLED, null);
            }
        }
    }

    static CheckInCadence cadenceOf(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        return pair.cadenceOverride() == null ? defaultCadence : CheckInCadence.valueOf(pair.cadenceOverride());
    }

    /**
     * Schedules meetings until the series has {@link #MEETINGS_AHEAD} scheduled meetings from now on,
     * each a cadence after the previous one (the first on the next working day at 10:00 tenant time).
     */
    void topUp(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        int gap = cadenceOf(pair, defaultCadence).days();
        ZoneId zone = zone();
        Instant now = clock.instant();
        List<OneOnOneRepository.MeetingRow> meetings = repository.meetingsOf(pair.id());
        long ahead = meetings.stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && !m.scheduledAt().isBefore(now)).count();
        ZonedDateTime last = meetings.stream().filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(OneOnOneRepository.MeetingRow::scheduledAt).max(Comparator.naturalOrder())
                .map(at -> at.atZone(zone)).orElse(null);
        ZonedDateTime lastAny = meetings.stream().map(OneOnOneRepository.MeetingRow::scheduledAt)
                .max(Comparator.naturalOrder()).map(at -> at.atZone(zone)).orElse(null);
        if (lastAny != null && (last == null || lastAny.isAfter(last))) {
            // Cancelled meetings at the end still count as slots taken: the next one follows them.
            last = lastAny;
        }
        ZonedDateTime firstSlot = workingDay(now.atZone(zone).toLocalDate().plusDays(1)).atTime(DEFAULT_TIME).atZone(zone);
        while (ahead < MEETINGS_AHEAD) {
            ZonedDateTime next = last == null ? firstSlot : last.plusDays(gap);
            if (next.toInstant().isBefore(now)) {
                next = firstSlot.with(last.toLocalTime());
                if (next.toInstant().isBefore(now)) {
                    next = next.plusDays(1);
                }
            }
            repository.insertMeeting(pair.id(), next.toInstant(), DEFAULT_DURATION);
            last = next;
            ahead++;
        }
    }

    /** After a cadence change: the first upcoming meeting stays, the following ones one new cadence apart. */
    private void respace(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        int gap = cadenceOf(pair, defaultCadence).days();
        Instant now = clock.instant();
        ZoneId zone = zone();
        List<OneOnOneRepository.MeetingRow> upcoming = repository.meetingsOf(pair.id()).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && !m.scheduledAt().isBefore(now)).toList();
        if (upcoming.isEmpty()) {
            topUp(pair, defaultCadence);
            return;
        }
        ZonedDateTime first = upcoming.getFirst().scheduledAt().atZone(zone);
        for (int i = 1; i < upcoming.size(); i++) {
            repository.reschedule(upcoming.get(i).id(), first.plusDays((long) gap * i).toInstant(), null);
        }
        topUp(pair, defaultCadence);
    }

    /**
     * The "next" meeting of a series is its first scheduled one that started at most 12 hours ago: a
     * meeting held this morning but not yet marked completed is still the one to prepare or finish.
     */
    static boolean upcoming(OneOnOneRepository.MeetingRow meeting, Instant now) {
        return meeting.status() == MeetingStatus.SCHEDULED && !meeting.scheduledAt().isBefore(now.minus(Duration.ofHours(12)));
    }

    private static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    ZoneId zone() {
        try {
            return ZoneId.of(settings.current().timeZone());
        } catch (RuntimeException unknownZone) {
            return ZoneId.of("UTC");
        }
    }

    /** The next scheduled meeting of the same series after the given one. */
    private Optional<OneOnOneRepository.MeetingRow> nextAfter(OneOnOneRepository.MeetingRow meeting) {
        return repository.meetingsOf(meeting.pairId()).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && !m.id().equals(meeting.id()))
                .filter(m -> !m.scheduledAt().isBefore(meeting.scheduledAt()))
                .findFirst();
    }

    // ------------------------------------------------------------------ access

    private KadensUser requirePerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no 1:1s");
        }
        return user;
    }

    private TenantId tenant() {
        return new TenantId(repository.tenant());
    }

    private OneOnOneRepository.PairRow visiblePair(UUID pairId, KadensUser me) {
        return repository.pair(pairId).filter(p -> p.includes(me.personId()))
                .orElseThrow(() -> new OneOnOneNotFoundException("series"));
    }

    private OneOnOneRepository.MeetingRow visibleMeeting(UUID meetingId, KadensUser me) {
        var meeting = repository.meeting(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
        visiblePair(meeting.pairId(), me);
        return meeting;
    }

    /** A meeting of the caller that is still ahead; a completed or cancelled one answers a clear message. */
    private OneOnOneRepository.MeetingRow openMeeting(UUID meetingId, KadensUser me, String field) {
        var meeting = repository.meetingForUpdate(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
        visiblePair(meeting.pairId(), me);
        if (meeting.status() == MeetingStatus.COMPLETED) {
            throw InvalidInputException.of(field, "oneonones.agenda.meeting-closed");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw InvalidInputException.of(field, "oneonones.agenda.meeting-cancelled");
        }
        return meeting;
    }

    private static String validText(String text, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of(field, "oneonones.text.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "oneonones.text.too-long");
        }
        return clean;
    }

    // ------------------------------------------------------------------ mapping

    Map<UUID, Participant> participantsOf(List<OneOnOneRepository.PairRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.leadId());
            ids.add(r.memberId());
        });
        return repository.participants(ids);
    }

    static OneOnOnePair toPair(OneOnOneRepository.PairRow row, Map<UUID, Participant> people,
                               CheckInCadence defaultCadence) {
        return new OneOnOnePair(row.id(), row.kind(), people.get(row.leadId()), people.get(row.memberId()),
                cadenceOf(row, defaultCadence), row.cadenceOverride() != null, row.active(), row.version());
    }

    List<AgendaItem> agendaOf(UUID meetingId) {
        var rows = repository.agenda(meetingId);
        var authors = repository.participants(rows.stream().map(OneOnOneRepository.AgendaRow::authorId).toList());
        return rows.stream().map(r -> toAgenda(r, authors)).toList();
    }

    private static AgendaItem toAgenda(OneOnOneRepository.AgendaRow row, Map<UUID, Participant> people) {
        Participant author = people.get(row.authorId());
        return new AgendaItem(row.id(), row.meetingId(), row.authorId(), author == null ? "" : author.name(), row.text(),
                row.position(), row.covered(), row.recurring(), row.carriedFrom() != null, row.version());
    }

    private List<ActionItem> actionsOf(UUID pairId) {
        var rows = repository.actionItemsOf(pairId);
        var owners = repository.participants(rows.stream().map(OneOnOneRepository.ActionRow::ownerId).toList());
        return rows.stream().map(r -> toAction(r, owners)).toList();
    }

    private static ActionItem toAction(OneOnOneRepository.ActionRow row, Map<UUID, Participant> people) {
        Participant owner = people.get(row.ownerId());
        return new ActionItem(row.id(), row.pairId(), row.meetingId(), row.ownerId(), owner == null ? "" : owner.name(),
                row.text(), row.dueDate(), row.doneAt(), row.version());
    }

    private Meeting toMeeting(OneOnOneRepository.MeetingRow meeting, OneOnOneRepository.PairRow pairRow, UUID viewer) {
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
