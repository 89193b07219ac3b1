package io.kadens.oneonones;

import io.kadens.audit.AuditLog;
import io.kadens.people.PeopleService;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.TransactionTenant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Check-ins: the report answers the tenant's questionnaire before each manager 1:1, the manager reads
 * it on the meeting's agenda and replies. Only the report and their manager (the pair's lead) see a
 * check-in; HR admins edit the questionnaire and see adherence, never answers.
 */
@Service
public class CheckIns {

    public static final int MAX_QUESTIONS = 12;
    public static final int MAX_ANSWER = 5000;

    /** The built-in questionnaire every tenant starts with, in both languages. */
    static final List<CheckInQuestion> DEFAULT_QUESTIONS = List.of(
            defaultQuestion("went-well", CheckInQuestionKind.TEXT, "What went well?", "Vad gick bra?"),
            defaultQuestion("could-be-better", CheckInQuestionKind.TEXT, "What could have been better?",
                    "Vad kunde ha gått bättre?"),
            defaultQuestion("priorities", CheckInQuestionKind.TEXT, "Your priorities for the next period?",
                    "Dina prioriteringar för nästa period?"),
            defaultQuestion("blockers", CheckInQuestionKind.TEXT, "Anything blocking you?", "Något som hindrar dig?"),
            defaultQuestion("pulse", CheckInQuestionKind.PULSE, "How are you feeling about work? (1–5)",
                    "Hur känns jobbet just nu? (1–5)"));

    private static CheckInQuestion defaultQuestion(String key, CheckInQuestionKind kind, String en, String sv) {
        UUID id = UUID.nameUUIDFromBytes(("kadens.check-in.default." + key).getBytes(StandardCharsets.UTF_8));
        return new CheckInQuestion(id, kind, en, sv, false);
    }

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final OneOnOneSchedule schedule;
    private final OneOnOneMapping mapping;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTenant tenant;
    private final TransactionTemplate transactions;

    CheckIns(OneOnOneRepository repository, OneOnOnePeople org, OneOnOneSchedule schedule, OneOnOneMapping mapping,
             TransactionTenant tenant, PeopleService people, CurrentUser currentUser,
             TenantSettingsService settings, AuditLog audit, ApplicationEventPublisher events, Clock clock,
             PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.org = org;
        this.schedule = schedule;
        this.mapping = mapping;
        this.people = people;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tenant = tenant;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ questionnaire

    public Questionnaire questionnaire() {
        requireTenantWork();
        return transactions.execute(status -> currentQuestionnaire());
    }

    private Questionnaire currentQuestionnaire() {
        List<CheckInQuestion> stored = repository.questions();
        return stored.isEmpty() ? new Questionnaire(DEFAULT_QUESTIONS, true) : new Questionnaire(stored, false);
    }

    /** HR admin: replaces the questionnaire (1–12 questions, at most one PULSE); past answers keep their wording. */
    public Questionnaire saveQuestionnaire(List<CheckInQuestion> questions) {
        KadensUser me = currentUser.require();
        if (!me.has(Role.HR_ADMIN) || me.isOperator()) {
            throw new AccessDeniedException("only HR admins edit the check-in questions");
        }
        var errors = new InvalidInputException.Collector();
        List<CheckInQuestion> list = questions == null ? List.of() : questions;
        errors.check(!list.isEmpty(), "questions", "checkins.questions.empty");
        errors.check(list.size() <= MAX_QUESTIONS, "questions", "checkins.questions.too-many");
        errors.check(list.stream().filter(q -> q != null && q.kind() == CheckInQuestionKind.PULSE).count() <= 1,
                "questions", "checkins.questions.one-pulse");
        List<CheckInQuestion> clean = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            CheckInQuestion q = list.get(i);
            if (q == null) {
                errors.check(false, "questions[" + i + "]", "checkins.question.text.required");
                continue;
            }
            String en = q.textEn() == null ? "" : q.textEn().strip();
            String sv = q.textSv() == null ? "" : q.textSv().strip();
            errors.check(!en.isEmpty(), "questions[" + i + "].textEn", "checkins.question.text.required");
            errors.check(!sv.isEmpty(), "questions[" + i + "].textSv", "checkins.question.text.required");
            errors.check(en.length() <= 300 && sv.length() <= 300, "questions[" + i + "].textEn",
                    "checkins.question.text.too-long");
            UUID id = q.id() == null || !ids.add(q.id()) ? UUID.randomUUID() : q.id();
            ids.add(id);
            clean.add(new CheckInQuestion(id, q.kind() == null ? CheckInQuestionKind.TEXT : q.kind(), en, sv,
                    q.required()));
        }
        errors.throwIfAny();
        return transactions.execute(status -> {
            Questionnaire before = currentQuestionnaire();
            repository.replaceQuestions(clean);
            audit.record("checkin.questionnaire.saved", "check_in_question", "questionnaire",
                    Map.of("questions", before.questions().size()), Map.of("questions", clean.size()));
            return currentQuestionnaire();
        });
    }

    // ------------------------------------------------------------------ the employee

    /** The signed-in person's check-in for their next manager 1:1, if they have a manager. */
    public Optional<CurrentCheckIn> current() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            schedule.keepMyLinesInStep(me.personId());
            Instant now = clock.instant();
            return repository.pairsOf(me.personId()).stream()
                    .filter(p -> p.kind() == PairKind.MANAGER && p.active() && p.memberId().equals(me.personId()))
                    .findFirst()
                    .flatMap(pair -> repository.meetingsOf(pair.id()).stream()
                            .filter(m -> OneOnOneSchedule.upcoming(m, now))
                            .findFirst()
                            .map(meeting -> {
                                OneOnOnePair p = pairOf(pair);
                                CheckIn submitted = repository.checkInForMeeting(meeting.id())
                                        .map(row -> toCheckIn(row, meeting, p, repository)).orElse(null);
                                return new CurrentCheckIn(meeting.id(), meeting.scheduledAt(), p.lead(),
                                        currentQuestionnaire(), submitted);
                            }));
        });
    }

    /** Submits (or updates, until the meeting is held) the report's answers for a manager 1:1. */
    public CheckIn submit(UUID meetingId, List<AnswerInput> answers) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var meeting = repository.meeting(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (!pair.includes(me.personId())) {
                throw new OneOnOneNotFoundException("meeting");
            }
            if (pair.kind() != PairKind.MANAGER || !pair.memberId().equals(me.personId())) {
                throw InvalidInputException.of("meeting", "checkins.only-report");
            }
            if (!meeting.status().isOpen()) {
                throw InvalidInputException.of("meeting", "checkins.meeting-closed");
            }
            List<CheckInAnswer> validated = validate(currentQuestionnaire(), answers);
            Integer pulse = validated.stream().filter(a -> a.kind() == CheckInQuestionKind.PULSE)
                    .map(CheckInAnswer::pulse).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            var existing = repository.checkInForMeeting(meetingId);
            UUID id;
            if (existing.isPresent()) {
                id = existing.get().id();
                repository.updateCheckInPulse(id, pulse);
            } else {
                id = repository.insertCheckIn(meetingId, me.personId(), pulse, clock.instant());
            }
            repository.replaceAnswers(id, validated);
            events.publishEvent(new OneOnOneEvents.CheckInSubmitted(tenant.require(), id, meetingId,
                    me.personId(), pair.leadId()));
            return toCheckIn(repository.checkIn(id).orElseThrow(), meeting, pairOf(pair), repository);
        });
    }

    private static List<CheckInAnswer> validate(Questionnaire questionnaire, List<AnswerInput> answers) {
        Map<UUID, AnswerInput> byQuestion = new HashMap<>();
        var errors = new InvalidInputException.Collector();
        for (AnswerInput answer : answers == null ? List.<AnswerInput>of() : answers) {
            if (answer == null || answer.questionId() == null) {
                continue;
            }
            boolean known = questionnaire.questions().stream().anyMatch(q -> q.id().equals(answer.questionId()));
            errors.check(known, "answers." + answer.questionId(), "checkins.answer.unknown-question");
            byQuestion.put(answer.questionId(), answer);
        }
        List<CheckInAnswer> result = new ArrayList<>();
        boolean anything = false;
        for (CheckInQuestion q : questionnaire.questions()) {
            AnswerInput answer = byQuestion.get(q.id());
            String field = "answers." + q.id();
            if (q.kind() == CheckInQuestionKind.PULSE) {
                Integer pulse = answer == null ? null : answer.pulse();
                errors.check(pulse == null || (pulse >= 1 && pulse <= 5), field, "checkins.answer.pulse.range");
                errors.check(!q.required() || pulse != null, field, "checkins.answer.required");
                boolean valid = pulse != null && pulse >= 1 && pulse <= 5;
                anything |= valid;
                result.add(new CheckInAnswer(q.id(), q.kind(), q.textEn(), q.textSv(), null, valid ? pulse : null));
            } else {
                String text = answer == null || answer.text() == null ? "" : answer.text().strip();
                errors.check(text.length() <= MAX_ANSWER, field, "checkins.answer.too-long");
                errors.check(!q.required() || !text.isEmpty(), field, "checkins.answer.required");
                anything |= !text.isEmpty();
                result.add(new CheckInAnswer(q.id(), q.kind(), q.textEn(), q.textSv(), text.isEmpty() ? null : text, null));
            }
        }
        errors.check(anything, "answers", "checkins.answer.empty");
        errors.throwIfAny();
        return result;
    }

    // ------------------------------------------------------------------ the manager

    /** The manager of the pair replies (again: replaces the reply). */
    public CheckIn reply(UUID checkInId, String reply, long version) {
        KadensUser me = requirePerson();
        String clean = reply == null ? "" : reply.strip();
        var errors = new InvalidInputException.Collector();
        errors.check(!clean.isEmpty(), "reply", "checkins.reply.required");
        errors.check(clean.length() <= MAX_ANSWER, "reply", "checkins.answer.too-long");
        errors.throwIfAny();
        return transactions.execute(status -> {
            var row = repository.checkIn(checkInId).orElseThrow(() -> new OneOnOneNotFoundException("check-in"));
            var meeting = repository.meeting(row.meetingId()).orElseThrow();
            var pair = repository.pair(meeting.pairId()).orElseThrow();
            if (!pair.includes(me.personId())) {
                throw new OneOnOneNotFoundException("check-in");
            }
            if (!pair.leadId().equals(me.personId())) {
                throw InvalidInputException.of("reply", "checkins.reply.only-manager");
            }
            if (!repository.reply(checkInId, clean, me.personId(), clock.instant(), version)) {
                throw new ConcurrentEditException("check_in", checkInId);
            }
            events.publishEvent(new OneOnOneEvents.CheckInReplied(tenant.require(), checkInId,
                    row.employeeId(), me.personId()));
            return toCheckIn(repository.checkIn(checkInId).orElseThrow(), meeting, pairOf(pair), repository);
        });
    }

    public Optional<CheckIn> checkIn(UUID checkInId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.checkIn(checkInId).flatMap(row -> visible(row, me)));
    }

    public Optional<CheckIn> forMeeting(UUID meetingId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.checkInForMeeting(meetingId).flatMap(row -> visible(row, me)));
    }

    /** My own check-ins, newest first. */
    public List<CheckIn> mine() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.checkInsOf(List.of(me.personId())).stream()
                .flatMap(row -> visible(row, me).stream()).toList());
    }

    /** Check-ins written for me as their manager (my current and former reports' 1:1s with me), newest first. */
    public List<CheckIn> ofMyReports() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            List<UUID> members = repository.pairsOf(me.personId()).stream()
                    .filter(p -> p.kind() == PairKind.MANAGER && p.leadId().equals(me.personId()))
                    .map(OneOnOneRepository.PairRow::memberId).distinct().toList();
            return repository.checkInsOf(members).stream().flatMap(row -> visible(row, me).stream()).toList();
        });
    }

    private Optional<CheckIn> visible(OneOnOneRepository.CheckInRow row, KadensUser me) {
        var meeting = repository.meeting(row.meetingId()).orElseThrow();
        var pair = repository.pair(meeting.pairId()).orElseThrow();
        if (!pair.includes(me.personId())) {
            return Optional.empty();
        }
        return Optional.of(toCheckIn(row, meeting, pairOf(pair), repository));
    }

    // ------------------------------------------------------------------ adherence

    /**
     * Adherence per team for manager 1:1s in [from, to] up to now: HR admins see every team, managers
     * the teams of the people under them (counting only those people).
     */
    public List<TeamAdherence> adherence(LocalDate from, LocalDate to) {
        KadensUser me = requirePerson();
        var errors = new InvalidInputException.Collector();
        errors.check(from != null, "from", "checkins.adherence.from.required");
        errors.check(to != null, "to", "checkins.adherence.to.required");
        errors.throwIfAny();
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "checkins.adherence.range");
        }
        Set<UUID> scope;
        if (me.has(Role.HR_ADMIN)) {
            scope = null;
        } else if (me.has(Role.MANAGER)) {
            scope = new HashSet<>(people.everyoneUnder(me.personId()));
        } else {
            throw new AccessDeniedException("adherence is for managers and HR admins");
        }
        return transactions.execute(status -> adherenceAmong(scope, from, to));
    }

    /**
     * {@link #adherence(LocalDate, LocalDate)} over the last {@code days} days up to today in the organisation's
     * time zone (1:1s are scheduled and shown in it), not the server's.
     */
    public List<TeamAdherence> adherenceOfLastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), schedule.zone());
        return adherence(today.minusDays(days), today);
    }

    /**
     * Adherence per team among the given people ({@code null} for everyone) in [from, to] up to now. Must
     * run inside a transaction; the caller has checked who may see it.
     */
    List<TeamAdherence> adherenceAmong(Set<UUID> scope, LocalDate from, LocalDate to) {
        ZoneId zone = schedule.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        if (end.isAfter(now)) {
            end = now; // meetings still ahead are not due yet
        }
        var rows = repository.managerMeetingsWithCheckIns(start, end).stream()
                .filter(r -> scope == null || scope.contains(r.memberId())).toList();
        var teams = org.teams(rows.stream().map(OneOnOneRepository.AdherenceRow::memberId).distinct().toList());
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        UUID noTeam = new UUID(0, 0);
        for (var row : rows) {
            var team = teams.get(row.memberId());
            UUID key = team == null || team.teamId() == null ? noTeam : team.teamId();
            names.putIfAbsent(key, team == null ? null : team.teamName());
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (row.submittedAt() != null && !row.submittedAt().isAfter(row.scheduledAt())) {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new TeamAdherence(e.getKey().equals(noTeam) ? null : e.getKey(),
                        e.getKey().equals(noTeam) ? null : names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing((TeamAdherence t) -> t.teamName() == null)
                        .thenComparing(t -> t.teamName() == null ? "" : t.teamName()))
                .toList();
    }

    // ------------------------------------------------------------------ reminders

    /** For reminders (background work in an explicit TenantScope): manager 1:1s in [from, to) without a check-in. */
    public List<DueCheckIn> due(Instant from, Instant to) {
        requireTenantWork();
        return transactions.execute(status -> {
            List<DueCheckIn> result = new ArrayList<>();
            for (var meeting : repository.scheduledBetween(from, to)) {
                var pair = repository.pair(meeting.pairId()).orElseThrow();
                if (pair.kind() != PairKind.MANAGER || !pair.active()
                        || repository.checkInForMeeting(meeting.id()).isPresent()) {
                    continue;
                }
                var p = pairOf(pair);
                result.add(new DueCheckIn(meeting.id(), meeting.scheduledAt(), p.member(), p.lead()));
            }
            return result;
        });
    }

    // ------------------------------------------------------------------ helpers

    private OneOnOnePair pairOf(OneOnOneRepository.PairRow row) {
        return OneOnOneMapping.toPair(row, mapping.participantsOf(List.of(row)), settings.current().defaultCadence());
    }

    static CheckIn toCheckIn(OneOnOneRepository.CheckInRow row, OneOnOneRepository.MeetingRow meeting, OneOnOnePair pair,
                             OneOnOneRepository repository) {
        return new CheckIn(row.id(), row.meetingId(), meeting.scheduledAt(), pair.member(), pair.lead(), row.pulse(),
                repository.answers(row.id()), row.submittedAt(), !row.submittedAt().isAfter(meeting.scheduledAt()),
                row.reply(), row.repliedAt(), row.version());
    }

    private KadensUser requirePerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no check-ins");
        }
        return user;
    }

    private void requireTenantWork() {
        if (TenantScope.explicitTenant().isEmpty()) {
            requirePerson();
        }
    }
}
