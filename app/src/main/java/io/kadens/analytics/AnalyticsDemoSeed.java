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

    /**
     * What managers wrote: an observation and a next step each, varied as real 1:1 notes are. Each person gets
     * different ones in turn, never the same note twice, so that their feedback summary shows recurring topics
     * said in different words rather than one sentence repeated.
     */
    private static final List<String> GROWTH = List.of(
            "Bra förberett inför avstämningen, du hade siffrorna klara. Nästa steg: sätt ett mätbart delmål för kvartalet.",
            "Du lyfte kundens behov tydligt i mötet. Prova att sammanfatta besluten innan ni avslutar.",
            "Fin utveckling sedan förra samtalet. Dela gärna dina framsteg med teamet på måndagsmötet.",
            "Offerten till Nordbygg blev tydlig och kom snabbt. Skicka gärna uppföljningen samma dag nästa gång.",
            "Du tog ansvar när leveransen försenades. Stäm av tidplanen med ekonomi innan du lovar kunden ett datum.",
            "Kunden uppskattade att du ringde tillbaka direkt. Skriv in samtalet i kundregistret så att teamet ser historiken.",
            "Din kvartalsprognos höll bra. Nästa gång: ta med riskerna i underlaget redan från början.",
            "Mötet med inköp blev konstruktivt tack vare dina förberedelser. Låt fler komma till tals innan ni bestämmer.",
            "Bra att du sa ifrån när planen inte höll. Kom gärna med ett förslag samtidigt som du lyfter problemet.",
            "Rapporten var korrekt och kom i tid. Korta gärna sammanfattningen till en sida för ledningsgruppen.",
            "Du har blivit tryggare när du presenterar. Öva på att hålla tiden, vi drog över med tio minuter.",
            "Starkt jobbat med avtalsförnyelserna. Lägg in påminnelser så att inget avtal löper ut utan att vi hört av oss.",
            "Du hjälper nya kollegor mycket. Se till att din egen pipeline inte blir lidande.",
            "Budgetuppföljningen var tydlig. Förklara varje avvikelse med en mening så blir den lättare att läsa.",
            "Bra dialog med kunden om priset. Stäm av rabatter med mig innan du lovar något skriftligt.");
    /** What colleagues wrote as praise, after the first praise, which carries the seed's marker text. */
    private static final List<String> PRAISE = List.of(
            "Tack för hjälpen med kvartalsrapporten!",
            "Grym insats i kundmötet i dag!",
            "Tack för att du delade dina anteckningar från utbildningen.",
            "Tack för att du hoppade in i telefonkön i fredags!",
            "Snyggt löst med fakturan till Nordbygg, kunden blev jättenöjd.",
            "Tack för att du tog dig tid att visa mig det nya offertverktyget.",
            "Din genomgång av prisstrukturen var väldigt pedagogisk, tack!",
            "Tack för att du täckte upp för mig på kundträffen.",
            "Bra jobbat med avstämningen av leverantörsreskontran!",
            "Tack för tipsen inför min första kunddemo.");

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
                int growthGiven = 0;
                int praiseGiven = 0;
                for (LocalDate day = start.plusDays(2 + i % 5); !day.isAfter(end); day = day.plusWeeks(1), week++) {
                    if (person.managerId() != null && (week + i) % 3 == 0) {
                        items.add(new PilotFeedbackDemoSeed.Given(person.managerId(), person.id(),
                                GROWTH.get((i * 4 + growthGiven++) % GROWTH.size()), false, day));
                    }
                    if (!colleague.id().equals(person.id()) && (week + i) % 4 == 1) {
                        items.add(new PilotFeedbackDemoSeed.Given(colleague.id(), person.id(),
                                items.stream().anyMatch(PilotFeedbackDemoSeed.Given::praise)
                                        ? PRAISE.get((i * 3 + praiseGiven++) % PRAISE.size()) : PilotFeedbackDemoSeed.marker(),
                                true, day));
                    }
                }
            }
            return feedback.seedIfMissing(items, ZoneId.of(timeZone));
        }));
    }
}
