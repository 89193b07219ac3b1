package io.kadens.oneonones;

import io.kadens.audit.AuditLog;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1:1 series (pairs) and their schedule: the signed-in person's series, mentor pairs (HR admins pair
 * anyone, people pair themselves), cadences, manager series kept in step with the reporting lines, and
 * the upcoming meetings reminders need. Meetings and their agenda are {@link OneOnOneMeetings}'; notes and
 * action items {@link OneOnOneNotes}'. Only the two people of a pair see a series; ids the caller may not
 * see behave like missing ids (empty / not found).
 */
@Service
public class OneOnOnes {

    /** Meetings kept scheduled ahead per active series. */
    public static final int MEETINGS_AHEAD = 3;

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final OneOnOneGuard guard;
    private final OneOnOneSchedule schedule;
    private final OneOnOneMapping mapping;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OneOnOnes(OneOnOneRepository repository, OneOnOnePeople org, OneOnOneGuard guard, OneOnOneSchedule schedule,
              OneOnOneMapping mapping, CurrentUser currentUser, TenantSettingsService settings, AuditLog audit,
              Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.org = org;
        this.guard = guard;
        this.schedule = schedule;
        this.mapping = mapping;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ series

    /** The signed-in person's series (as lead and as member), creating the manager series on first use. */
    public List<MyOneOnOne> mine() {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            schedule.keepMyLinesInStep(me.personId());
            List<OneOnOneRepository.PairRow> rows = repository.pairsOf(me.personId());
            Map<UUID, Participant> people = mapping.participantsOf(rows);
            CheckInCadence defaultCadence = settings.current().defaultCadence();
            Map<UUID, Integer> open = repository.openActionCounts(rows.stream().map(OneOnOneRepository.PairRow::id).toList());
            Map<UUID, Integer> pulses = repository.lastPulses(rows.stream()
                    .filter(r -> r.kind() == PairKind.MANAGER && r.leadId().equals(me.personId()))
                    .map(OneOnOneRepository.PairRow::memberId).toList());
            Instant now = clock.instant();
            // All series' meetings in one query (one per series made the home page slow for busy managers).
            Map<UUID, List<OneOnOneRepository.MeetingRow>> meetings = repository.meetingsOf(rows.stream()
                    .filter(OneOnOneRepository.PairRow::active).map(OneOnOneRepository.PairRow::id).toList());
            List<MyOneOnOne> result = new ArrayList<>();
            for (var row : rows) {
                if (!row.active()) {
                    continue;
                }
                MeetingSummary next = meetings.getOrDefault(row.id(), List.of()).stream()
                        .filter(m -> OneOnOneSchedule.upcoming(m, now))
                        .findFirst().map(OneOnOneRepository.MeetingRow::summary).orElse(null);
                boolean iLead = row.leadId().equals(me.personId());
                Integer pulse = iLead && row.kind() == PairKind.MANAGER ? pulses.get(row.memberId()) : null;
                result.add(new MyOneOnOne(OneOnOneMapping.toPair(row, people, defaultCadence), iLead, next,
                        open.getOrDefault(row.id(), 0), pulse));
            }
            result.sort(Comparator.comparing((MyOneOnOne r) -> !r.iLead())
                    .thenComparing(r -> r.pair().kind())
                    .thenComparing(r -> r.other().name()));
            return result;
        });
    }

    public Optional<OneOnOnePair> pair(UUID pairId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> repository.pair(pairId)
                .filter(row -> row.leadId().equals(me.personId()) || row.memberId().equals(me.personId()))
                .map(row -> OneOnOneMapping.toPair(row, mapping.participantsOf(List.of(row)), settings.current().defaultCadence())));
    }

    /** Every meeting of a series, oldest first. */
    public List<MeetingSummary> meetings(UUID pairId) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            guard.visiblePair(pairId, me);
            return repository.meetingsOf(pairId).stream().map(OneOnOneRepository.MeetingRow::summary).toList();
        });
    }

    /** HR admin (any two people) or one of the pair (themselves as mentor or mentee). */
    public OneOnOnePair createMentorPair(UUID mentorId, UUID menteeId) {
        KadensUser me = guard.requirePerson();
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
            if (!org.activePerson(mentorId) || !org.activePerson(menteeId)) {
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
            schedule.topUp(row, settings.current().defaultCadence());
            audit.record("oneonone.mentor_pair.created", "one_on_one_pair", id.toString(), null,
                    Map.of("mentor", mentorId.toString(), "mentee", menteeId.toString()));
            return OneOnOneMapping.toPair(row, mapping.participantsOf(List.of(row)), settings.current().defaultCadence());
        });
    }

    /** Ends a mentorship: its future meetings are cancelled, history stays. HR admin or one of the pair. */
    public void endMentorPair(UUID pairId) {
        KadensUser me = guard.requirePerson();
        transactions.executeWithoutResult(status -> {
            var row = repository.pair(pairId)
                    .filter(r -> r.includes(me.personId()) || me.has(Role.HR_ADMIN))
                    .orElseThrow(() -> new OneOnOneNotFoundException("series"));
            if (row.kind() != PairKind.MENTOR) {
                throw InvalidInputException.of("series", "oneonones.series.not-mentor");
            }
            schedule.deactivate(row);
            audit.record("oneonone.mentor_pair.ended", "one_on_one_pair", pairId.toString(), null, null);
        });
    }

    /** The pair's own cadence, or null to follow the tenant default; future meetings are respaced. */
    public OneOnOnePair setCadence(UUID pairId, CheckInCadence cadence) {
        KadensUser me = guard.requirePerson();
        return transactions.execute(status -> {
            var row = guard.visiblePair(pairId, me);
            repository.setCadenceOverride(pairId, cadence == null ? null : cadence.name());
            var updated = repository.pair(pairId).orElseThrow();
            CheckInCadence defaultCadence = settings.current().defaultCadence();
            schedule.respace(updated, defaultCadence);
            audit.record("oneonone.cadence.changed", "one_on_one_pair", pairId.toString(),
                    Map.of("cadence", String.valueOf(row.cadenceOverride())), Map.of("cadence", String.valueOf(cadence)));
            return OneOnOneMapping.toPair(updated, mapping.participantsOf(List.of(updated)), defaultCadence);
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
            Set<OneOnOnePeople.Line> lines = new HashSet<>(org.activeReportingLines());
            int changed = 0;
            Set<OneOnOnePeople.Line> existing = new HashSet<>();
            for (var pair : repository.allPairs(PairKind.MANAGER)) {
                var line = new OneOnOnePeople.Line(pair.leadId(), pair.memberId());
                existing.add(line);
                if (lines.contains(line) && !pair.active()) {
                    repository.setPairActive(pair.id(), true);
                    changed++;
                } else if (!lines.contains(line) && pair.active()) {
                    schedule.deactivate(pair);
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
                    schedule.topUp(pair, defaultCadence);
                }
            }
            for (var pair : repository.allPairs(PairKind.MENTOR)) {
                if (pair.active()) {
                    schedule.topUp(pair, defaultCadence);
                }
            }
            return changed;
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
                var people = mapping.participantsOf(List.of(pair));
                result.add(new UpcomingMeeting(meeting.id(), pair.id(), pair.kind(), meeting.scheduledAt(),
                        meeting.durationMinutes(), people.get(pair.leadId()), people.get(pair.memberId()),
                        mapping.agendaOf(meeting.id())));
            }
            return result;
        });
    }
}
