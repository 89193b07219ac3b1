package io.kadens.calibration;

import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.reviews.CycleKind;
import io.kadens.reviews.ReviewOutcome;
import io.kadens.reviews.ReviewOutcomes;
import io.kadens.reviews.ReviewsDemoSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's calibration, written in the bound tenant when it has no calibration session yet, so it also fills a
 * database an earlier version seeded. Acme's closed semi-annual cycle gets a finished session for Försäljning:
 * Anna (HR) facilitated, Erik, Linnea and Karin recorded previews, and every person was moved to a calibrated
 * rating and potential with a reason. Works with or without submitted manager reviews: without a manager's
 * rating, calibration settles on the previews. Seeding acts as nobody and checks no access rights.
 */
@Component
public class CalibrationDemoSeed {

    static final String SESSION_NAME = "Kalibrering Försäljning H1";

    private final CalibrationRepository repository;
    private final ReviewsDemoSeed reviews;
    private final ReviewOutcomes outcomes;
    private final OrgFacts org;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CalibrationDemoSeed(CalibrationRepository repository, ReviewsDemoSeed reviews, ReviewOutcomes outcomes, OrgFacts org,
                        Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.org = org;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds Acme's finished session unless the tenant has calibration sessions already; true when it seeded. */
    public boolean seedIfMissing(String slug) {
        if (!"acme".equals(slug)) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!repository.sessions().isEmpty()) {
                return false;
            }
            Optional<UUID> cycle = reviews.closedCycle(CycleKind.SEMI_ANNUAL);
            Optional<OrgDepartment> sales = org.departmentNamed("Försäljning");
            Optional<OrgPerson> anna = org.personByEmail("anna.lindqvist@acme.example");
            List<OrgPerson> calibrators = java.util.stream.Stream.of("erik.johansson@acme.example",
                            "linnea.hedlund@acme.example", "karin.berg@acme.example")
                    .map(org::personByEmail).flatMap(Optional::stream).toList();
            if (cycle.isEmpty() || sales.isEmpty() || anna.isEmpty() || calibrators.size() != 3) {
                return false;
            }
            seed(cycle.get(), sales.get(), anna.get(), calibrators);
            return true;
        }));
    }

    private void seed(UUID cycle, OrgDepartment sales, OrgPerson facilitator, List<OrgPerson> calibrators) {
        Set<UUID> inSales = org.activePeopleIn(Set.of(sales.id()), Set.of());
        Map<UUID, ReviewOutcome> byPerson = new java.util.HashMap<>();
        outcomes.outcomes(cycle).stream().filter(o -> inSales.contains(o.employeeId()))
                .forEach(o -> byPerson.put(o.employeeId(), o));
        List<OrgPerson> people = new ArrayList<>(org.people(byPerson.keySet()).values());
        people.sort(Comparator.comparing(OrgPerson::fullName));
        if (people.isEmpty()) {
            return;
        }
        Instant finished = clock.instant().minus(Duration.ofDays(20));
        Instant opened = finished.minus(Duration.ofHours(2));
        Instant created = opened.minus(Duration.ofDays(10));
        UUID session = UUID.randomUUID();
        Set<UUID> calibratorIds = new LinkedHashSet<>(calibrators.stream().map(OrgPerson::id).toList());
        repository.insertSession(session, new SessionDraft(cycle, SESSION_NAME, ScopeKind.DEPARTMENTS,
                Set.of(sales.id()), facilitator.id(), calibratorIds, null), List.of(sales.id()), facilitator.id(),
                created, people.stream().map(OrgPerson::id).toList());

        // previews: each calibrator's proposal, a little apart from each other, never about themselves
        int[] base = {3, 4, 3, 2, 5, 3, 4, 3, 3, 2, 4, 3, 3, 4};
        int[] potentials = {2, 3, 2, 1, 3, 2, 2, 2, 1, 1, 3, 2, 2, 2};
        Map<UUID, List<Integer>> proposals = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            OrgPerson person = people.get(i);
            int rating = isSara(person) ? 4 : base[i % base.length];
            for (int c = 0; c < calibrators.size(); c++) {
                OrgPerson calibrator = calibrators.get(c);
                if (calibrator.id().equals(person.id())) {
                    continue;
                }
                int proposal = Math.max(1, Math.min(5, rating + (c == 1 && i % 3 == 0 ? 1 : c == 2 && i % 4 == 1 ? -1 : 0)));
                repository.savePreview(session, calibrator.id(), person.id(), proposal, potentials[i % potentials.length],
                        created.plus(Duration.ofDays(2 + c)));
                proposals.computeIfAbsent(person.id(), k -> new ArrayList<>()).add(proposal);
            }
        }
        repository.changeStatus(session, SessionStatus.PREVIEW, SessionStatus.MEETING, opened, 0);

        // the meeting: everyone placed, from the manager's rating when there is one, else from the previews
        for (int i = 0; i < people.size(); i++) {
            OrgPerson person = people.get(i);
            ReviewOutcome outcome = byPerson.get(person.id());
            List<Integer> proposed = proposals.getOrDefault(person.id(), List.of(3));
            int fromPreviews = (int) Math.round(proposed.stream().mapToInt(Integer::intValue).average().orElse(3));
            int rating = isSara(person) ? 4 : outcome.managerRating() != null
                    ? Math.round((outcome.managerRating() + fromPreviews) / 2.0f) : fromPreviews;
            int potential = isSara(person) ? 3 : potentials[i % potentials.length];
            String reason = outcome.managerRating() == null
                    ? "Samstämmiga förhandsbedömningar; ingen chefsbedömning inskickad."
                    : outcome.managerRating() == rating ? "Chefens bedömning bekräftad av förhandsbedömningarna."
                    : "Justerad mot förhandsbedömningarna och riktlinjen efter diskussion.";
            if (isSara(person)) {
                reason = "Överträffade säljmålet för året och tog över två nyckelkunder; hög potential.";
            }
            outcomes.recordCalibration(cycle, person.id(), rating, potential, facilitator.id(), outcome.version());
            repository.insertMove(UUID.randomUUID(), session, person.id(), facilitator.id(), outcome.finalRating(),
                    outcome.potential(), rating, potential, reason, opened.plus(Duration.ofMinutes(5L * (i + 1))));
        }
        repository.changeStatus(session, SessionStatus.MEETING, SessionStatus.FINISHED, finished, 1);
    }

    private static boolean isSara(OrgPerson person) {
        return "sara.nilsson@acme.example".equals(person.email());
    }
}
