package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrgTeam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo goals for Acme AB (Swedish) and Globex (English): company → department → team → personal goals
 * with key results of every type, cycles (the current quarter and half, the previous quarter closed) and
 * check-in history back to about three months, with varying confidence; some goals at risk or off track,
 * some private, one with a health override, one gone quiet (stale). Deterministic (fixed seed) and
 * relative to the clock: each goal's final progress is placed against the time elapsed in its period so
 * that its health is what the spec says, whatever the date. Runs inside the tenant's {@code TenantScope}.
 */
@Component
public class GoalsDemoSeed {

    enum Cycle { QUARTER, HALF, PREVIOUS }

    enum Target { ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, MISSED }

    record Kr(String title, KeyResultType type, double start, double target, String unit, List<String> milestones) {
    }

    record Spec(String key, String parent, GoalLevel level, String unit, String owner, String title,
                String description, GoalKind kind, GoalVisibility visibility, Cycle cycle, Target target,
                int quietDays, List<Kr> keyResults) {
    }

    private final Goals goals;
    private final GoalTracking goalTracking;
    private final GoalAdministration administration;
    private final GoalRepository repository;
    private final GoalCycleRepository cycleRepository;
    private final KeyResultRepository keyResultRepository;
    private final GoalAccess access;
    private final OrgFacts orgFacts;
    private final Clock clock;
    private final TransactionTemplate transactions;

    GoalsDemoSeed(Goals goals, GoalTracking goalTracking, GoalAdministration administration,
                  GoalRepository repository, GoalCycleRepository cycleRepository, KeyResultRepository keyResults,
                  GoalAccess access, OrgFacts orgFacts, Clock clock, PlatformTransactionManager transactionManager) {
        this.orgFacts = orgFacts;
        this.goals = goals;
        this.goalTracking = goalTracking;
        this.administration = administration;
        this.repository = repository;
        this.cycleRepository = cycleRepository;
        this.keyResultRepository = keyResults;
        this.access = access;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds the demo company's goals; {@code slug} "acme" gets Swedish texts, anything else English. */
    public void seed(String slug, String timeZone) {
        boolean swedish = "acme".equals(slug);
        ZoneId zone = ZoneId.of(timeZone);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        int quarter = (today.getMonthValue() - 1) / 3;
        LocalDate quarterStart = LocalDate.of(today.getYear(), quarter * 3 + 1, 1);
        LocalDate halfStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        LocalDate previousStart = quarterStart.minusMonths(3);
        String q = swedish ? "Kvartal %d %d" : "Q%d %d";
        String h = swedish ? "Halvår %d %d" : "H%d %d";
        Map<Cycle, UUID> cycles = new HashMap<>();
        Map<Cycle, GoalCycleData> cycleData = Map.of(
                Cycle.QUARTER, new GoalCycleData(q.formatted(quarter + 1, quarterStart.getYear()), CycleKind.QUARTER,
                        quarterStart, quarterStart.plusMonths(3).minusDays(1), false),
                Cycle.HALF, new GoalCycleData(h.formatted(halfStart.getMonthValue() == 1 ? 1 : 2, halfStart.getYear()),
                        CycleKind.HALF, halfStart, halfStart.plusMonths(6).minusDays(1), false),
                Cycle.PREVIOUS, new GoalCycleData(q.formatted((quarter + 3) % 4 + 1, previousStart.getYear()),
                        CycleKind.QUARTER, previousStart, quarterStart.minusDays(1), false));
        transactions.executeWithoutResult(status -> cycleData.forEach((cycle, data) ->
                cycles.put(cycle, administration.createCycleUnchecked(data))));

        Random random = new Random(swedish ? 46 : 1);
        Map<String, UUID> ids = new HashMap<>();
        for (Spec spec : swedish ? ACME : GLOBEX) {
            GoalCycleData period = cycleData.get(spec.cycle());
            transactions.executeWithoutResult(status ->
                    ids.put(spec.key(), seedGoal(spec, ids, cycles.get(spec.cycle()), period, today, zone, random,
                            swedish)));
        }
        GoalCycleData previous = cycleData.get(Cycle.PREVIOUS);
        transactions.executeWithoutResult(status -> {
            GoalCycle stored = cycleRepository.cycle(cycles.get(Cycle.PREVIOUS)).orElseThrow();
            cycleRepository.updateCycle(stored.id(), stored.version(), new GoalCycleData(previous.name(), previous.kind(),
                    previous.startsOn(), previous.endsOn(), true));
        });
        String overridden = swedish ? "T3" : "D3";
        transactions.executeWithoutResult(status -> {
            UUID id = ids.get(overridden);
            GoalRepository.GoalRow goal = repository.goal(id).orElseThrow();
            goals.overrideHealthAs(access.as(goal.ownerId()), id, goal.version(),
                    swedish ? Health.ON_TRACK : Health.AT_RISK,
                    swedish ? "En ny version med rättningarna släpps nästa vecka och brukar lyfta betyget."
                            : "The vendor renegotiation closes in December and brings most of the savings.",
                    clock.instant().minus(2, ChronoUnit.DAYS));
        });
    }

    private UUID seedGoal(Spec spec, Map<String, UUID> ids, UUID cycleId, GoalCycleData period, LocalDate today,
                          ZoneId zone, Random random, boolean swedish) {
        String[] name = spec.owner().split(" ", 2);
        UUID owner = orgFacts.personNamed(name[0], name[1]).map(OrgPerson::id).orElseThrow(() ->
                new IllegalStateException("demo goal owner " + spec.owner()));
        Viewer viewer = access.as(owner);
        UUID department = spec.level() == GoalLevel.DEPARTMENT
                ? orgFacts.departmentNamed(spec.unit()).map(OrgDepartment::id).orElseThrow() : null;
        UUID team = spec.level() == GoalLevel.TEAM ? orgFacts.teamNamed(spec.unit()).map(OrgTeam::id).orElseThrow() : null;
        LocalDate end = period.endsOn().isBefore(today) ? period.endsOn() : today;
        LocalDate first = period.startsOn().isBefore(today.minusDays(90)) ? today.minusDays(90) : period.startsOn();
        Instant created = at(first.minusDays(3).isBefore(period.startsOn()) ? period.startsOn() : first.minusDays(3),
                zone, 9);
        if (created.isAfter(clock.instant())) {
            created = clock.instant().minus(1, ChronoUnit.HOURS);
        }
        UUID id = goals.createAs(viewer, new GoalData(spec.title(), spec.description(), spec.level(), department, team,
                owner, Set.of(), spec.parent() == null ? null : ids.get(spec.parent()), spec.visibility(), cycleId,
                null, null, null, spec.kind()), created);
        for (Kr kr : spec.keyResults()) {
            goalTracking.addKeyResultAs(viewer, id, new KeyResultData(kr.title(), kr.type(), value(kr.start()),
                    value(kr.target()), null, kr.unit(), null, kr.milestones()), created);
        }
        goals.changeStatusAs(viewer, id, 0, GoalStatus.ACTIVE, created);

        // Where the goal ends up: against the elapsed share of its period, so that the health is as intended.
        double elapsed = HealthRule.elapsedShare(period.startsOn(), period.endsOn(), end.plusDays(1));
        double finalProgress = switch (spec.target()) {
            case ON_TRACK -> Math.min(1, elapsed + 0.03);
            case AT_RISK -> Math.max(0.05, elapsed - 0.22);
            case OFF_TRACK -> Math.max(0.02, elapsed - 0.45);
            case ACHIEVED -> 1;
            case MISSED -> 0.6;
        };
        int baseConfidence = switch (spec.target()) {
            case ON_TRACK, ACHIEVED -> 8;
            case AT_RISK -> 6;
            case OFF_TRACK, MISSED -> 4;
        };
        List<KeyResultRepository.KeyResultRow> keyResults = keyResultRepository.keyResults(List.of(id));
        LocalDate last = end.minusDays(spec.quietDays());
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        Map<UUID, Integer> milestonesDone = new HashMap<>();
        for (LocalDate day = first.plusDays(7); !day.isAfter(last); day = day.plusDays(14)) {
            double share = Math.min(1, (double) ChronoUnit.DAYS.between(first, day) / span);
            double progress = finalProgress * Math.min(1, share + (random.nextDouble() - 0.5) * 0.1);
            Instant when = at(day, zone, 10 + random.nextInt(6));
            if (when.isAfter(clock.instant())) {
                break;
            }
            int confidence = Math.max(1, Math.min(10, baseConfidence + random.nextInt(3) - 1));
            for (KeyResultRepository.KeyResultRow kr : keyResults) {
                BigDecimal newValue = null;
                switch (kr.type()) {
                    case NUMERIC, PERCENTAGE -> newValue = kr.startValue().add(kr.targetValue().subtract(kr.startValue())
                            .multiply(BigDecimal.valueOf(progress))).setScale(
                            kr.targetValue().subtract(kr.startValue()).abs().compareTo(BigDecimal.TEN) < 0 ? 1 : 0,
                            RoundingMode.HALF_UP);
                    case BOOLEAN -> newValue = progress >= 0.5 ? BigDecimal.ONE : BigDecimal.ZERO;
                    case MILESTONES -> {
                        List<KeyResultRepository.MilestoneRow> list = keyResultRepository.milestones(List.of(kr.id()));
                        int due = (int) Math.floor(progress * list.size() + 1e-9);
                        int done = milestonesDone.getOrDefault(kr.id(), 0);
                        for (int i = done; i < due && i < list.size(); i++) {
                            goalTracking.setMilestoneDoneAs(viewer, list.get(i).id(), list.get(i).version(), true, when);
                        }
                        milestonesDone.put(kr.id(), Math.max(done, due));
                    }
                }
                goalTracking.checkInAs(viewer, id, new NewCheckIn(kr.id(), newValue, confidence,
                        comment(random, swedish, spec.target())), when);
            }
        }
        if (spec.target() == Target.ACHIEVED || spec.target() == Target.MISSED) {
            GoalRepository.GoalRow goal = repository.goal(id).orElseThrow();
            goals.changeStatusAs(viewer, id, goal.version(),
                    spec.target() == Target.ACHIEVED ? GoalStatus.ACHIEVED : GoalStatus.MISSED,
                    at(period.endsOn(), zone, 16));
        }
        return id;
    }

    private static Instant at(LocalDate day, ZoneId zone, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    private static BigDecimal value(double value) {
        return BigDecimal.valueOf(value);
    }

    private static String comment(Random random, boolean swedish, Target target) {
        List<String> good = swedish
                ? List.of("Bra fart den här veckan.", "Enligt plan.", "Två steg framåt, inga hinder.", "")
                : List.of("Good momentum this week.", "On plan.", "Two steps forward, no blockers.", "");
        List<String> worried = swedish
                ? List.of("Vi ligger efter, behöver prioritera om.", "Beroende på annat team som är försenat.",
                "Svårare än vi trodde.", "")
                : List.of("We are behind, need to reprioritise.", "Waiting on another team that is late.",
                "Harder than we expected.", "");
        List<String> pool = target == Target.ON_TRACK || target == Target.ACHIEVED ? good : worried;
        return pool.get(random.nextInt(pool.size()));
    }

    private static Kr numeric(String title, double start, double target, String unit) {
        return new Kr(title, KeyResultType.NUMERIC, start, target, unit, List.of());
    }

    private static Kr percentage(String title, double start, double target) {
        return new Kr(title, KeyResultType.PERCENTAGE, start, target, null, List.of());
    }

    private static Kr yesNo(String title) {
        return new Kr(title, KeyResultType.BOOLEAN, 0, 1, null, List.of());
    }

    private static Kr milestones(String title, String... items) {
        return new Kr(title, KeyResultType.MILESTONES, 0, 0, null, List.of(items));
    }

    private static Spec spec(String key, String parent, GoalLevel level, String unit, String owner, String title,
                             String description, GoalKind kind, GoalVisibility visibility, Cycle cycle, Target target,
                             Kr... keyResults) {
        return new Spec(key, parent, level, unit, owner, title, description, kind, visibility, cycle, target, 0,
                List.of(keyResults));
    }

    private static Spec quiet(Spec spec, int days) {
        return new Spec(spec.key(), spec.parent(), spec.level(), spec.unit(), spec.owner(), spec.title(),
                spec.description(), spec.kind(), spec.visibility(), spec.cycle(), spec.target(), days,
                spec.keyResults());
    }

    private static final GoalLevel COMPANY = GoalLevel.COMPANY;
    private static final GoalLevel DEPARTMENT = GoalLevel.DEPARTMENT;
    private static final GoalLevel TEAM = GoalLevel.TEAM;
    private static final GoalLevel INDIVIDUAL = GoalLevel.INDIVIDUAL;
    private static final GoalKind BUSINESS = GoalKind.BUSINESS;
    private static final GoalKind BEHAVIOURAL = GoalKind.BEHAVIOURAL;
    private static final GoalKind DEVELOPMENT = GoalKind.DEVELOPMENT;
    private static final GoalVisibility ALL = GoalVisibility.TENANT;
    private static final GoalVisibility TEAM_ONLY = GoalVisibility.TEAM;
    private static final GoalVisibility PRIVATE = GoalVisibility.PRIVATE;

    static final List<Spec> ACME = List.of(
            spec("C1", null, COMPANY, null, "Karin Berg", "Öka den återkommande intäkten med 20 %",
                    "Vi växer genom nöjda kunder som stannar och köper mer.", BUSINESS, ALL, Cycle.HALF,
                    Target.ON_TRACK, numeric("Årlig återkommande intäkt", 50, 60, "MSEK"),
                    percentage("Andel kunder som förnyar", 80, 92)),
            spec("C2", null, COMPANY, null, "Karin Berg", "Bli kundernas mest rekommenderade leverantör",
                    "Kunderna ska rekommendera oss för kvaliteten i både produkt och service.", BUSINESS, ALL,
                    Cycle.HALF, Target.AT_RISK, numeric("NPS", 32, 50, "poäng"),
                    milestones("Nytt kundprogram", "Förstudie", "Pilot med tre kunder", "Lansering")),
            spec("D1", "C1", DEPARTMENT, "Försäljning", "Erik Johansson", "Vinna 15 nya kunder i Norden",
                    "Fokus på medelstora bolag i Sverige och Norge.", BUSINESS, ALL, Cycle.HALF, Target.ON_TRACK,
                    numeric("Nya kunder", 0, 15, "st"), numeric("Pipeline", 20, 45, "MSEK")),
            spec("D2", "C2", DEPARTMENT, "Produktutveckling", "Maria Karlsson",
                    "Halvera antalet kritiska fel i produktion", "Färre avbrott för kunderna.", BUSINESS, ALL,
                    Cycle.HALF, Target.AT_RISK, numeric("Kritiska fel per månad", 12, 6, "st"),
                    percentage("Testtäckning", 55, 80)),
            spec("D3", "C1", DEPARTMENT, "Ekonomi", "Johan Ek", "Snabbare månadsbokslut",
                    "Bokslutet klart på fem arbetsdagar så att ledningen får siffrorna tidigare.", BUSINESS, ALL,
                    Cycle.HALF, Target.ON_TRACK, numeric("Dagar till bokslut", 10, 5, "dagar"),
                    yesNo("Automatiserad bankavstämning")),
            spec("T1", "D1", TEAM, "Innesälj", "Linnea Hedlund", "Fler kvalificerade möten från innesälj",
                    "Innesälj bokar möten som säljarna kan göra affär av.", BUSINESS, ALL, Cycle.QUARTER,
                    Target.OFF_TRACK, numeric("Bokade möten per vecka", 10, 25, "möten"),
                    percentage("Andel möten som blir affär", 15, 25)),
            spec("T2", "D2", TEAM, "Plattform", "Per Axelsson", "Stabil plattform med 99,9 % tillgänglighet",
                    "Bättre övervakning och snabbare återställning.", BUSINESS, ALL, Cycle.QUARTER, Target.ON_TRACK,
                    percentage("Tillgänglighet", 99, 99.9),
                    milestones("Ny övervakning", "Välja verktyg", "Larm för alla tjänster", "Runbooks klara")),
            spec("T3", "C2", TEAM, "Appar", "Nora Wik", "Betyg 4,5 i appbutikerna",
                    "Rätta de vanligaste klagomålen och förenkla inloggningen.", BUSINESS, ALL, Cycle.QUARTER,
                    Target.AT_RISK, numeric("Betyg", 3.9, 4.5, "stjärnor")),
            spec("I1", "D1", INDIVIDUAL, null, "Sara Nilsson", "Växa mina tre största kunder med 10 %",
                    "Merförsäljning av support och utbildning.", BUSINESS, ALL, Cycle.QUARTER, Target.ON_TRACK,
                    numeric("Intäkt från nyckelkunder", 12, 13.2, "MSEK"), yesNo("Kontoplan klar för varje kund")),
            spec("I2", null, INDIVIDUAL, null, "Sara Nilsson", "Bli tryggare i förhandlingar",
                    "Mitt utvecklingsmål för året.", DEVELOPMENT, PRIVATE, Cycle.QUARTER, Target.AT_RISK,
                    milestones("Utvecklingssteg", "Gå kursen i förhandlingsteknik", "Leda två förhandlingar själv",
                            "Återkoppling från Erik")),
            spec("I3", "T1", INDIVIDUAL, null, "Viktor Strand", "Boka åtta möten i veckan",
                    "Fler samtal till rätt beslutsfattare.", BUSINESS, ALL, Cycle.QUARTER, Target.OFF_TRACK,
                    numeric("Möten per vecka", 3, 8, "möten")),
            spec("I4", "T2", INDIVIDUAL, null, "Isak Holmberg", "Automatisera driftsättningen",
                    "Alla tjänster driftsätts automatiskt från huvudgrenen.", BUSINESS, TEAM_ONLY, Cycle.QUARTER,
                    Target.ON_TRACK, percentage("Tjänster med automatisk driftsättning", 20, 100)),
            quiet(spec("I5", "T3", INDIVIDUAL, null, "Freja Jonsson", "Dela kunskap i teamet",
                    "Korta dragningar om det jag lär mig.", BEHAVIOURAL, TEAM_ONLY, Cycle.QUARTER, Target.ON_TRACK,
                    numeric("Kunskapsdelningar", 0, 4, "st")), 20),
            spec("I6", null, INDIVIDUAL, null, "Erik Johansson", "Utveckla mitt coachande ledarskap",
                    "Mer coachning, mindre styrning.", DEVELOPMENT, PRIVATE, Cycle.HALF, Target.ON_TRACK,
                    milestones("Steg", "Workshop i coachande ledarskap", "Månatliga 1:1 med alla",
                            "360-återkoppling")),
            spec("P1", null, INDIVIDUAL, null, "Erik Johansson", "Teckna ramavtalet med Nordbygg",
                    "", BUSINESS, ALL, Cycle.PREVIOUS, Target.ACHIEVED, yesNo("Avtalet påskrivet")),
            spec("P2", null, INDIVIDUAL, null, "Sara Nilsson", "Genomföra kundundersökningen",
                    "", BUSINESS, ALL, Cycle.PREVIOUS, Target.MISSED, numeric("Svar", 0, 50, "svar")));

    static final List<Spec> GLOBEX = List.of(
            spec("C1", null, COMPANY, null, "Rachel Morgan", "Grow annual recurring revenue to $12M",
                    "Growth from new logos and from expanding the accounts we have.", BUSINESS, ALL, Cycle.HALF,
                    Target.ON_TRACK, numeric("Annual recurring revenue", 9, 12, "$M"),
                    percentage("Gross revenue retention", 85, 92)),
            spec("C2", null, COMPANY, null, "Rachel Morgan", "Ship a product customers love",
                    "Customers recommend us for quality and speed.", BUSINESS, ALL, Cycle.HALF, Target.AT_RISK,
                    numeric("Net promoter score", 25, 45, "points"),
                    milestones("Mobile app", "Beta", "Public launch", "10k installs")),
            spec("D1", "C2", DEPARTMENT, "Engineering", "James Carter", "Cut lead time for changes in half",
                    "Smaller changes, shipped more often.", BUSINESS, ALL, Cycle.HALF, Target.AT_RISK,
                    numeric("Lead time for changes", 6, 3, "days"), yesNo("Deploy on every merge")),
            spec("D2", "C1", DEPARTMENT, "Sales", "Michael Reed", "Add $2M in new business",
                    "Mid-market customers in North America.", BUSINESS, ALL, Cycle.HALF, Target.ON_TRACK,
                    numeric("New bookings", 0, 2, "$M"), numeric("Qualified opportunities", 10, 40, "deals")),
            spec("D3", null, DEPARTMENT, "Operations", "Daniel Kim", "Reduce operating costs by 8%",
                    "Renegotiate vendors and consolidate offices.", BUSINESS, ALL, Cycle.HALF, Target.OFF_TRACK,
                    percentage("Cost reduction", 0, 8)),
            spec("T1", "D1", TEAM, "Product Engineering", "James Carter", "Reliable releases",
                    "Fewer failed changes, faster recovery.", BUSINESS, ALL, Cycle.QUARTER, Target.ON_TRACK,
                    percentage("Change failure rate", 20, 5),
                    milestones("Release safety", "Feature flags", "Canary deploys", "Automated rollback")),
            spec("T2", "D2", TEAM, "Account Management", "Michael Reed", "Expand our top accounts",
                    "Upsell support plans and seats.", BUSINESS, ALL, Cycle.QUARTER, Target.AT_RISK,
                    numeric("Expansion deals", 0, 6, "deals")),
            spec("I1", "T1", INDIVIDUAL, null, "Emma Brooks", "Own the release pipeline",
                    "Make releases boring.", BUSINESS, ALL, Cycle.QUARTER, Target.ON_TRACK,
                    milestones("Pipeline work", "Document the pipeline", "Add a canary stage", "Run a release retro"),
                    numeric("Failed deploys per month", 4, 1, "deploys")),
            spec("I2", null, INDIVIDUAL, null, "Emma Brooks", "Grow as a technical speaker",
                    "My development goal this year.", DEVELOPMENT, PRIVATE, Cycle.QUARTER, Target.AT_RISK,
                    numeric("Talks given", 0, 2, "talks"), yesNo("Conference proposal submitted")),
            spec("I3", "D2", INDIVIDUAL, null, "Sophia Turner", "Close $500k in new business",
                    "Focus on the healthcare vertical.", BUSINESS, ALL, Cycle.QUARTER, Target.OFF_TRACK,
                    numeric("New business closed", 0, 500, "$k")),
            spec("I4", null, INDIVIDUAL, null, "James Carter", "Become a better coach",
                    "More questions, fewer answers.", DEVELOPMENT, PRIVATE, Cycle.HALF, Target.ON_TRACK,
                    milestones("Steps", "Coaching course", "Monthly 1:1s with every report",
                            "Ask for upward feedback")),
            quiet(spec("I5", "T1", INDIVIDUAL, null, "Noah Patel", "Mentor two junior engineers",
                    "Pairing sessions every week.", BEHAVIOURAL, TEAM_ONLY, Cycle.QUARTER, Target.ON_TRACK,
                    numeric("Engineers mentored", 0, 2, "people")), 20),
            spec("P1", null, INDIVIDUAL, null, "Emma Brooks", "Migrate CI to the new runners", "", BUSINESS, ALL,
                    Cycle.PREVIOUS, Target.ACHIEVED, yesNo("Old runners switched off")),
            spec("P2", null, INDIVIDUAL, null, "Michael Reed", "Launch the partner program", "", BUSINESS, ALL,
                    Cycle.PREVIOUS, Target.MISSED, numeric("Signed partners", 0, 5, "partners")));
}
