package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo history for 1:1s and check-ins: about three months of held meetings per manager series
 * (Swedish texts for Acme, English for Globex) with covered and carried-over points, a recurring
 * point, shared notes, action items open and done, and check-ins with varying pulses, some late or
 * missing. Deterministic (a fixed seed per company) and relative to the clock. Private notes are not
 * seeded: only their author can write one, and seeding acts as nobody.
 */
@Service
public class OneOnOneDemoSeed {

    private record Texts(List<String> points, String recurring, List<String> actions, List<String> notes,
                         List<List<String>> answers, List<String> replies, String firstNextPoint) {
    }

    private static final Texts SWEDISH = new Texts(
            List.of("Status för kundavtalet med Nordbanken", "Rekryteringen till teamet", "Budget för konferensresan",
                    "Feedback från kvartalsgenomgången", "Kompetensutveckling i förhandlingsteknik",
                    "Prioriteringar inför nästa kvartal", "Överlämning inför semestern", "Nya CRM-systemet",
                    "Mål för nästa halvår", "Arbetsfördelning i teamet", "Kundnöjdhetsmätningen",
                    "Onboarding av nya kollegan"),
            "Välmående och arbetsbelastning",
            List.of("Boka kursen i förhandlingsteknik", "Skicka offertunderlaget till Erik", "Uppdatera kontoplanen",
                    "Boka möte med produktteamet", "Läsa igenom kvartalsrapporten", "Förbereda kunddemo"),
            List.of("Gick igenom läget i de största affärerna. Bra fart.", "Pratade om arbetsbelastningen inför kvartalsslutet.",
                    "Kort möte, fokus på rekryteringen.", "Diskuterade utvecklingsmål och nästa steg."),
            List.of(List.of("Stängde avtalet med Nordbanken.", "Fick bra respons på kunddemon.", "Teamet hjälpte till med offerten."),
                    List.of("Hann inte med uppföljningen av leads.", "För många interna möten.", "Otydligt ansvar i överlämningen."),
                    List.of("Förbereda kvartalsgenomgången.", "Följa upp tre stora kunder.", "Bli klar med kontoplanen."),
                    List.of("Inget just nu.", "Väntar på prisbesked från produktteamet.", "Saknar tillgång till nya CRM-systemet.")),
            List.of("Snyggt jobbat! Vi tar blockeringen på mötet.", "Tack, bra sammanfattning.",
                    "Jag hjälper till med prisbeskedet.", "Låt oss prata om mötesbelastningen."),
            "Förbered presentation för ledningsgruppen");

    private static final Texts ENGLISH = new Texts(
            List.of("Sprint review feedback", "On-call rotation", "Conference talk proposal", "Tech debt in the billing service",
                    "Career goals for next year", "Team hiring plan"),
            "Wellbeing and workload",
            List.of("Draft the talk proposal", "Write the design doc for billing", "Pair with the new engineer"),
            List.of("Reviewed the sprint. Good progress.", "Talked about on-call load.", "Discussed career goals."),
            List.of(List.of("Shipped the billing fix.", "Good pairing sessions."),
                    List.of("Too many interruptions.", "Slow code reviews."),
                    List.of("Finish the design doc.", "Prepare the demo."),
                    List.of("Nothing right now.", "Waiting for infra access.")),
            List.of("Great work, thanks!", "Let's look at the review times together."),
            "Onboarding plan for the new hire");

    private final OneOnOneRepository repository;
    private final OneOnOnePeople org;
    private final OneOnOnes oneOnOnes;
    private final OneOnOneSchedule schedule;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OneOnOneDemoSeed(OneOnOneRepository repository, OneOnOnePeople org, OneOnOnes oneOnOnes, OneOnOneSchedule schedule,
                     TenantSettingsService settings, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.org = org;
        this.oneOnOnes = oneOnOnes;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Seeds the bound demo tenant (explicit TenantScope): Swedish history when {@code swedish}, else a
     * smaller English one for the series of {@code onlyManagerId} (null: every manager).
     */
    public void seed(boolean swedish, UUID onlyManagerId, int weeksBack) {
        if (TenantScope.explicitTenant().isEmpty()) {
            throw new AccessDeniedException("demo seeding runs in an explicit tenant scope");
        }
        Texts texts = swedish ? SWEDISH : ENGLISH;
        Random random = new Random(swedish ? 20261127L : 4711L);
        transactions.executeWithoutResult(status -> {
            ZoneId zone = schedule.zone();
            CheckInCadence cadence = settings.current().defaultCadence();
            Instant now = clock.instant();
            List<OneOnOnePeople.Line> lines = new ArrayList<>(org.activeReportingLines());
            // Ids are random per seeding; emails are not: the same company gets the same history.
            var people = org.participants(lines.stream()
                    .flatMap(l -> java.util.stream.Stream.of(l.managerId(), l.reportId())).distinct().toList());
            lines.sort(Comparator.comparing((OneOnOnePeople.Line l) -> people.get(l.managerId()).email())
                    .thenComparing(l -> people.get(l.reportId()).email()));
            for (OneOnOnePeople.Line line : lines) {
                if (onlyManagerId != null && !line.managerId().equals(onlyManagerId)) {
                    continue;
                }
                UUID pairId = repository.pair(PairKind.MANAGER, line.managerId(), line.reportId())
                        .map(OneOnOneRepository.PairRow::id)
                        .orElseGet(() -> repository.insertPair(PairKind.MANAGER, line.managerId(), line.reportId(),
                                now.minus(Duration.ofDays(7L * weeksBack + 7))));
                seedSeries(pairId, line, texts, random, zone, cadence, now, weeksBack);
            }
        });
        // Then every series, seeded or not, is scheduled ahead like in normal use.
        oneOnOnes.synchroniseReportingLines();
        transactions.executeWithoutResult(status -> {
            // The next meeting of each seeded series starts with the point left open last time (carried over).
            for (OneOnOnePeople.Line line : org.activeReportingLines()) {
                if (onlyManagerId != null && !line.managerId().equals(onlyManagerId)) {
                    continue;
                }
                repository.pair(PairKind.MANAGER, line.managerId(), line.reportId()).ifPresent(pair -> {
                    List<OneOnOneRepository.MeetingRow> meetings = repository.meetingsOf(pair.id());
                    var lastHeld = meetings.stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                            .max(Comparator.comparing(OneOnOneRepository.MeetingRow::scheduledAt));
                    var next = meetings.stream().filter(m -> m.status() == MeetingStatus.SCHEDULED).findFirst();
                    // Scheduling ahead already puts recurring points on new meetings: "not yet seeded" means
                    // no other point there, and a recurring point is never added twice.
                    var nextAgenda = next.map(m -> repository.agenda(m.id())).orElse(List.of());
                    if (lastHeld.isPresent() && next.isPresent()
                            && nextAgenda.stream().allMatch(OneOnOneRepository.AgendaRow::recurring)) {
                        Instant at = lastHeld.get().completedAt();
                        java.util.Set<String> recurringThere = new java.util.HashSet<>();
                        nextAgenda.forEach(item -> recurringThere.add(item.text()));
                        for (var item : repository.agenda(lastHeld.get().id())) {
                            if (item.recurring()) {
                                if (recurringThere.add(item.text())) {
                                    repository.insertAgendaItem(next.get().id(), item.authorId(), item.text(), true,
                                            null, at);
                                }
                            } else if (!item.covered()) {
                                repository.insertAgendaItem(next.get().id(), item.authorId(), item.text(), false,
                                        lastHeld.get().id(), at);
                            }
                        }
                        repository.insertAgendaItem(next.get().id(), line.reportId(), texts.firstNextPoint(), false, null, at);
                    }
                });
            }
        });
    }

    private void seedSeries(UUID pairId, OneOnOnePeople.Line line, Texts texts, Random random, ZoneId zone,
                            CheckInCadence cadence, Instant now, int weeksBack) {
        if (!repository.meetingsOf(pairId).isEmpty()) {
            return;
        }
        LocalDate start = LocalDate.ofInstant(now, zone).minusWeeks(weeksBack);
        while (start.getDayOfWeek().getValue() > 5) {
            start = start.plusDays(1);
        }
        ZonedDateTime at = start.atTime(OneOnOneSchedule.DEFAULT_TIME).atZone(zone);
        UUID previous = null;
        UUID lastCompleted = null;
        List<OneOnOneRepository.AgendaRow> open = new ArrayList<>();
        int index = 0;
        while (at.toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
            Instant when = at.toInstant();
            UUID meeting = repository.insertMeeting(pairId, when, OneOnOneSchedule.DEFAULT_DURATION);
            boolean cancelled = index > 0 && random.nextInt(9) == 0;
            Instant prepared = when.minus(Duration.ofDays(2));
            // carried over from the previous meeting, then the recurring point, then new points
            for (var carried : open) {
                repository.insertAgendaItem(meeting, carried.authorId(), carried.text(), false, previous, prepared);
            }
            repository.insertAgendaItem(meeting, line.managerId(), texts.recurring(), true, null, prepared);
            int newPoints = 1 + random.nextInt(2);
            for (int i = 0; i < newPoints; i++) {
                UUID author = random.nextBoolean() ? line.managerId() : line.reportId();
                repository.insertAgendaItem(meeting, author, texts.points().get(random.nextInt(texts.points().size())),
                        false, null, prepared);
            }
            if (cancelled) {
                repository.setStatus(meeting, MeetingStatus.CANCELLED, null);
                // a cancelled meeting's points wait for the next one
                open = repository.agenda(meeting).stream().filter(i -> !i.recurring()).toList();
                previous = meeting;
                at = at.plusDays(cadence.days());
                index++;
                continue;
            }
            // check-in: usually the day before, sometimes late, sometimes missing
            int roll = random.nextInt(10);
            if (roll < 8) {
                Instant submitted = roll < 7 ? when.minus(Duration.ofHours(20 + random.nextInt(30)))
                        : when.plus(Duration.ofHours(2));
                int pulse = Math.max(1, Math.min(5, 3 + random.nextInt(3) - (index % 4 == 3 ? 1 : 0)));
                UUID checkIn = repository.insertCheckIn(meeting, line.reportId(), pulse, submitted);
                List<CheckInAnswer> answers = new ArrayList<>();
                for (int q = 0; q < 4; q++) {
                    CheckInQuestion question = CheckIns.DEFAULT_QUESTIONS.get(q);
                    List<String> pool = texts.answers().get(q);
                    answers.add(new CheckInAnswer(question.id(), question.kind(), question.textEn(), question.textSv(),
                            pool.get(random.nextInt(pool.size())), null));
                }
                CheckInQuestion pulseQuestion = CheckIns.DEFAULT_QUESTIONS.get(4);
                answers.add(new CheckInAnswer(pulseQuestion.id(), pulseQuestion.kind(), pulseQuestion.textEn(),
                        pulseQuestion.textSv(), null, pulse));
                repository.replaceAnswers(checkIn, answers);
                if (random.nextInt(3) > 0) {
                    repository.reply(checkIn, texts.replies().get(random.nextInt(texts.replies().size())),
                            line.managerId(), when.plus(Duration.ofMinutes(40)), 0);
                }
            }
            // held: most points covered, one sometimes left for next time
            List<OneOnOneRepository.AgendaRow> agenda = repository.agenda(meeting);
            List<OneOnOneRepository.AgendaRow> left = new ArrayList<>();
            for (var item : agenda) {
                if (!item.recurring() && random.nextInt(4) == 0) {
                    left.add(item);
                } else {
                    repository.setCovered(item.id(), true);
                }
            }
            repository.saveSharedNotes(meeting, texts.notes().get(random.nextInt(texts.notes().size())), 0);
            if (random.nextInt(2) == 0) {
                UUID owner = random.nextInt(3) == 0 ? line.managerId() : line.reportId();
                UUID action = repository.insertActionItem(pairId, meeting, owner, line.managerId(),
                        texts.actions().get(random.nextInt(texts.actions().size())),
                        LocalDate.ofInstant(when, zone).plusDays(10 + random.nextInt(20)), when);
                Instant done = when.plus(Duration.ofDays(3 + random.nextInt(10)));
                if (done.isBefore(now) && random.nextInt(3) > 0) {
                    repository.setDone(action, done);
                }
            }
            repository.setStatus(meeting, MeetingStatus.COMPLETED, when.plus(Duration.ofMinutes(30)));
            lastCompleted = meeting;
            open = left;
            previous = meeting;
            at = at.plusDays(cadence.days());
            index++;
        }
        // the last held meeting always leaves one point open, so the next meeting shows a carried-over point
        if (lastCompleted != null) {
            var items = repository.agenda(lastCompleted).stream().filter(i -> !i.recurring()).toList();
            if (!items.isEmpty() && items.stream().allMatch(OneOnOneRepository.AgendaRow::covered)) {
                repository.setCovered(items.getLast().id(), false);
            }
        }
    }
}
