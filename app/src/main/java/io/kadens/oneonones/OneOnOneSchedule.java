package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps series scheduled: {@link OneOnOnes#MEETINGS_AHEAD} meetings ahead a cadence apart on working days,
 * manager series in step with a person's reporting lines, respacing after a cadence change. Must run
 * inside a transaction.
 */
@Component
class OneOnOneSchedule {

    /** Local time of day new meetings are put at. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);
    static final int DEFAULT_DURATION = 30;

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final TenantSettingsService settings;
    private final Clock clock;

    OneOnOneSchedule(OneOnOneRepository repository, OneOnOnePeople org, TenantSettingsService settings, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.settings = settings;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ scheduling

    /** Manager series of the person kept in step with their current reporting lines; then scheduled ahead. */
    void keepMyLinesInStep(UUID personId) {
        CheckInCadence defaultCadence = settings.current().defaultCadence();
        Set<OneOnOnePeople.Line> lines = new HashSet<>();
        org.managerOf(personId).filter(org::activePerson)
                .ifPresent(manager -> lines.add(new OneOnOnePeople.Line(manager, personId)));
        org.activeDirectReports(personId).forEach(report -> lines.add(new OneOnOnePeople.Line(personId, report)));
        Set<OneOnOnePeople.Line> existing = new HashSet<>();
        for (var pair : repository.pairsOf(personId)) {
            if (pair.kind() != PairKind.MANAGER) {
                continue;
            }
            var line = new OneOnOnePeople.Line(pair.leadId(), pair.memberId());
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
        List<OneOnOneRepository.PairRow> active = repository.pairsOf(personId).stream()
                .filter(OneOnOneRepository.PairRow::active).toList();
        // Every active series' meetings in one query: this runs on each 1:1s and home page, one query per series
        // was a busy manager's longest part of it. Topping one series up changes no other series' meetings.
        Map<UUID, List<OneOnOneRepository.MeetingRow>> meetings = repository.meetingsOf(
                active.stream().map(OneOnOneRepository.PairRow::id).toList());
        for (var pair : active) {
            topUp(pair, defaultCadence, meetings.getOrDefault(pair.id(), List.of()));
        }
    }

    void deactivate(OneOnOneRepository.PairRow pair) {
        repository.setPairActive(pair.id(), false);
        Instant now = clock.instant();
        for (var meeting : repository.meetingsOf(pair.id())) {
            if (meeting.status().canMoveTo(MeetingStatus.CANCELLED) && meeting.scheduledAt().isAfter(now)) {
                repository.setStatus(meeting.id(), MeetingStatus.CANCELLED, null);
            }
        }
    }

    static CheckInCadence cadenceOf(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        return pair.cadenceOverride() == null ? defaultCadence : CheckInCadence.valueOf(pair.cadenceOverride());
    }

    /**
     * Schedules meetings until the series has {@link #OneOnOnes.MEETINGS_AHEAD} scheduled meetings from now on,
     * each a cadence after the previous one (the first on the next working day at 10:00 tenant time).
     */
    void topUp(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        topUp(pair, defaultCadence, repository.meetingsOf(pair.id()));
    }

    /** Tops a series up from its meetings as read in this transaction. */
    private void topUp(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence,
                       List<OneOnOneRepository.MeetingRow> meetings) {
        int gap = cadenceOf(pair, defaultCadence).days();
        ZoneId zone = zone();
        Instant now = clock.instant();
        long ahead = meetings.stream()
                .filter(m -> m.status().isOpen() && !m.scheduledAt().isBefore(now)).count();
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
        while (ahead < OneOnOnes.MEETINGS_AHEAD) {
            ZonedDateTime next = last == null ? firstSlot : last.plusDays(gap);
            if (next.toInstant().isBefore(now)) {
                next = firstSlot.with(last.toLocalTime());
                if (next.toInstant().isBefore(now)) {
                    next = next.plusDays(1);
                }
            }
            UUID added = repository.insertMeeting(pair.id(), next.toInstant(), DEFAULT_DURATION);
            recurringPointsBefore(pair.id(), next.toInstant()).forEach(point ->
                    repository.insertAgendaItem(added, point.authorId(), point.text(), true, null, now));
            last = next;
            ahead++;
        }
    }

    /**
     * A recurring point added to a meeting also goes on the series' later scheduled meetings at once, so it
     * is on the agenda of the next one even when this one is never marked completed.
     */
    void repeatAhead(UUID meetingId, UUID authorId, String text) {
        var meeting = repository.meeting(meetingId).orElseThrow();
        Instant now = clock.instant();
        for (var later : repository.meetingsOf(meeting.pairId())) {
            if (later.status() == MeetingStatus.SCHEDULED && later.scheduledAt().isAfter(meeting.scheduledAt())
                    && repository.agenda(later.id()).stream()
                    .noneMatch(item -> item.recurring() && item.text().equals(text))) {
                repository.insertAgendaItem(later.id(), authorId, text, true, null, now);
            }
        }
    }

    /** The recurring points of the series' latest meeting before the given moment (cancelled ones skipped). */
    private List<OneOnOneRepository.AgendaRow> recurringPointsBefore(UUID pairId, Instant at) {
        return repository.meetingsOf(pairId).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.scheduledAt().isBefore(at))
                .max(Comparator.comparing(OneOnOneRepository.MeetingRow::scheduledAt))
                .map(m -> repository.agenda(m.id()).stream().filter(OneOnOneRepository.AgendaRow::recurring).toList())
                .orElse(List.of());
    }

    /** After a cadence change: the first upcoming meeting stays, the following ones one new cadence apart. */
    void respace(OneOnOneRepository.PairRow pair, CheckInCadence defaultCadence) {
        int gap = cadenceOf(pair, defaultCadence).days();
        Instant now = clock.instant();
        ZoneId zone = zone();
        List<OneOnOneRepository.MeetingRow> upcoming = repository.meetingsOf(pair.id()).stream()
                .filter(m -> m.status().isOpen() && !m.scheduledAt().isBefore(now)).toList();
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
        return meeting.status().isOpen() && !meeting.scheduledAt().isBefore(now.minus(Duration.ofHours(12)));
    }

    private static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    ZoneId zone() {
        return settings.zone();
    }

    /** The next scheduled meeting of the same series after the given one. */
    Optional<OneOnOneRepository.MeetingRow> nextAfter(OneOnOneRepository.MeetingRow meeting) {
        return repository.meetingsOf(meeting.pairId()).stream()
                .filter(m -> m.status().isOpen() && !m.id().equals(meeting.id()))
                .filter(m -> !m.scheduledAt().isBefore(meeting.scheduledAt()))
                .findFirst();
    }
}
