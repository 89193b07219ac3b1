package io.kadens.analytics;

import io.kadens.feedback.PilotFeedbackDemoSeed;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.rollout.FeatureAccess;
import io.kadens.rollout.PhaseDates;
import io.kadens.rollout.RolloutPhase;
import io.kadens.rollout.RolloutPlanning;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data behind Acme's pilot vs rest comparison (issue 16): during the pilot months, the people of the
 * pilot groups (Försäljning and Ekonomi) got growth feedback from their managers every few weeks and praise from
 * colleagues, as the new way of working asks; the rest of the company carried on as before (the older demo
 * history). Together with the two process surveys this makes the comparison show a difference. Runs inside the
 * tenant's {@code TenantScope} after the rollout and surveys seeds; fills a database an earlier version seeded.
 */
@Component
public class AnalyticsDemoSeed {

    private static final List<String> GROWTH = List.of(
            "Bra förberett inför avstämningen. Nästa steg: sätt ett mätbart delmål för kvartalet.",
            "Du lyfte kundens behov tydligt. Prova att sammanfatta besluten i slutet av mötet.",
            "Fin utveckling sedan förra samtalet. Fortsätt dela dina framsteg i teamet.");
    private static final List<String> PRAISE = List.of(
            "Tack för hjälpen med kvartalsrapporten!",
            "Grym insats i kundmötet i dag!",
            "Tack för att du delade dina anteckningar från utbildningen.");

    private final RolloutPlanning planning;
    private final FeatureAccess featureAccess;
    private final OrgFacts org;
    private final PilotFeedbackDemoSeed feedback;
    private final TransactionTemplate transactions;

    AnalyticsDemoSeed(RolloutPlanning planning, FeatureAccess featureAccess, OrgFacts org,
                      PilotFeedbackDemoSeed feedback, PlatformTransactionManager transactionManager) {
        this.planning = planning;
        this.featureAccess = featureAccess;
        this.org = org;
        this.feedback = feedback;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds Acme ({@code slug} "acme"); other companies have no pilot. Returns whether it seeded. */
    public boolean seedIfMissing(String slug, String timeZone) {
        if (!"acme".equals(slug)) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<PhaseDates> pilot = planning.plan().phases().stream()
                    .filter(phase -> phase.phase() == RolloutPhase.PILOT && phase.endsOn() != null).findFirst();
            Set<UUID> pilotPeople = featureAccess.pilotPeople();
            if (pilot.isEmpty() || pilotPeople.isEmpty()) {
                return false;
            }
            Map<UUID, OrgPerson> people = org.people(pilotPeople);
            List<OrgPerson> ordered = people.values().stream().filter(OrgPerson::active)
                    .sorted(Comparator.comparing(OrgPerson::email)).toList();
            List<PilotFeedbackDemoSeed.Given> items = new ArrayList<>();
            LocalDate start = pilot.get().startsOn();
            LocalDate end = pilot.get().endsOn();
            for (int i = 0; i < ordered.size(); i++) {
                OrgPerson person = ordered.get(i);
                OrgPerson colleague = ordered.get((i + 1) % ordered.size());
                int week = 0;
                for (LocalDate day = start.plusDays(2 + i % 5); !day.isAfter(end); day = day.plusWeeks(1), week++) {
                    if (person.managerId() != null && (week + i) % 3 == 0) {
                        items.add(new PilotFeedbackDemoSeed.Given(person.managerId(), person.id(),
                                GROWTH.get((week + i) % GROWTH.size()), false, day));
                    }
                    if (!colleague.id().equals(person.id()) && (week + i) % 4 == 1) {
                        items.add(new PilotFeedbackDemoSeed.Given(colleague.id(), person.id(),
                                items.stream().anyMatch(PilotFeedbackDemoSeed.Given::praise)
                                        ? PRAISE.get((week + i) % PRAISE.size()) : PilotFeedbackDemoSeed.marker(),
                                true, day));
                    }
                }
            }
            return feedback.seedIfMissing(items, ZoneId.of(timeZone));
        }));
    }
}
