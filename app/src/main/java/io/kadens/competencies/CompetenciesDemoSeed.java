package io.kadens.competencies;

import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo companies' competency framework (Swedish for Acme, English otherwise): core, leadership and
 * one pair of functional competencies per job family, expectations for every level of every family,
 * assessments of the manager persona's direct reports (the employee persona also rates themselves), and
 * the employee persona's target role. Runs in the tenant's {@code TenantScope}; a tenant that already has
 * competencies is left as it is, so it also fills a database seeded by an earlier version, once.
 */
@Component
public class CompetenciesDemoSeed {

    private static final Logger log = LoggerFactory.getLogger(CompetenciesDemoSeed.class);

    private final CompetencyFrameworks frameworks;
    private final Assessments assessments;
    private final CareerPaths careers;
    private final OrgFacts org;
    private final TransactionTemplate transactions;
    private final CompetencyLeftovers leftovers;

    CompetenciesDemoSeed(CompetencyFrameworks frameworks, Assessments assessments, CareerPaths careers, OrgFacts org,
                         PlatformTransactionManager transactionManager, CompetencyLeftovers leftovers) {
        this.leftovers = leftovers;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.careers = careers;
        this.org = org;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record Spec(String name, String description, CompetencyGroup group, List<String> indicators) {
    }

    private static List<Spec> shared(boolean swedish) {
        return swedish ? List.of(
                new Spec("Kommunikation", "Delar information tydligt och lyssnar aktivt.", CompetencyGroup.CORE,
                        List.of("Lyssnar och återger", "Förklarar tydligt", "Anpassar budskapet", "Övertygar andra",
                                "Formar hur organisationen kommunicerar")),
                new Spec("Samarbete", "Arbetar över gränser mot gemensamma mål.", CompetencyGroup.CORE,
                        List.of("Hjälper kollegor", "Delar arbete öppet", "Bygger broar mellan team",
                                "Löser konflikter", "Skapar samarbetskultur")),
                new Spec("Kundfokus", "Utgår från kundens behov i det dagliga arbetet.", CompetencyGroup.CORE,
                        List.of("Känner sina kunder", "Agerar på kundens feedback", "Förutser behov",
                                "Förbättrar kundresan", "Leder kundstrategin")),
                new Spec("Coachning", "Utvecklar andra genom frågor och återkoppling.", CompetencyGroup.LEADERSHIP,
                        List.of("Ger återkoppling", "Ställer öppna frågor", "Coachar regelbundet",
                                "Utvecklar ledare", "Bygger en coachande kultur")))
                : List.of(
                new Spec("Communication", "Shares information clearly and listens actively.", CompetencyGroup.CORE,
                        List.of("Listens and restates", "Explains clearly", "Adapts the message", "Persuades others",
                                "Shapes how the organisation communicates")),
                new Spec("Collaboration", "Works across boundaries towards shared goals.", CompetencyGroup.CORE,
                        List.of("Helps colleagues", "Shares work openly", "Bridges teams", "Resolves conflict",
                                "Builds a culture of collaboration")),
                new Spec("Customer focus", "Starts from the customer's needs in daily work.", CompetencyGroup.CORE,
                        List.of("Knows their customers", "Acts on customer feedback", "Anticipates needs",
                                "Improves the customer journey", "Leads the customer strategy")),
                new Spec("Coaching", "Develops others through questions and feedback.", CompetencyGroup.LEADERSHIP,
                        List.of("Gives feedback", "Asks open questions", "Coaches regularly", "Develops leaders",
                                "Builds a coaching culture")));
    }

    /** Two functional competencies for a family, named after what the family does. */
    private static List<Spec> functional(boolean swedish, String family) {
        String lower = family.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("sälj") || lower.contains("försälj") || lower.contains("market")) {
            return swedish ? List.of(
                    new Spec("Förhandling", "Når överenskommelser som håller för båda parter.", CompetencyGroup.FUNCTIONAL,
                            List.of("Förbereder sig", "Hanterar invändningar", "Skapar värde", "Leder komplexa affärer")),
                    new Spec("Affärsplanering", "Planerar och följer upp sin pipeline.", CompetencyGroup.FUNCTIONAL,
                            List.of("Håller pipelinen uppdaterad", "Prognostiserar", "Prioriterar konton", "Planerar för teamet")))
                    : List.of(
                    new Spec("Negotiation", "Reaches agreements that hold for both sides.", CompetencyGroup.FUNCTIONAL,
                            List.of("Prepares", "Handles objections", "Creates value", "Leads complex deals")),
                    new Spec("Pipeline management", "Plans and follows up their pipeline.", CompetencyGroup.FUNCTIONAL,
                            List.of("Keeps the pipeline current", "Forecasts", "Prioritises accounts", "Plans for the team")));
        }
        if (lower.contains("utveckl") || lower.contains("engineer")) {
            return swedish ? List.of(
                    new Spec("Systemdesign", "Utformar lösningar som går att ändra.", CompetencyGroup.FUNCTIONAL,
                            List.of("Följer designen", "Designar komponenter", "Designar system", "Sätter arkitekturen")),
                    new Spec("Testning", "Säkrar kvaliteten med automatiska tester.", CompetencyGroup.FUNCTIONAL,
                            List.of("Kör tester", "Skriver tester", "Designar testsviter", "Leder kvalitetsarbetet")))
                    : List.of(
                    new Spec("Software design", "Designs solutions that are easy to change.", CompetencyGroup.FUNCTIONAL,
                            List.of("Follows the design", "Designs components", "Designs systems", "Sets the architecture")),
                    new Spec("Testing", "Assures quality with automated tests.", CompetencyGroup.FUNCTIONAL,
                            List.of("Runs tests", "Writes tests", "Designs suites", "Leads quality work")));
        }
        return swedish ? List.of(new Spec("Analys " + family, "Drar slutsatser ur data.", CompetencyGroup.FUNCTIONAL,
                List.of("Samlar data", "Analyserar", "Rekommenderar", "Leder analysarbetet")))
                : List.of(new Spec("Analysis in " + family, "Draws conclusions from data.", CompetencyGroup.FUNCTIONAL,
                List.of("Gathers data", "Analyses", "Recommends", "Leads analysis")));
    }

    /** Seeds the framework and the personas' assessments unless the tenant already has competencies. */
    public void seed(boolean swedish, String managerEmail, String employeeEmail) {
        if (!frameworks.competencies(true).isEmpty()) {
            log.info("Competencies exist; leaving them as they are");
            return;
        }
        Map<String, UUID> byName = new HashMap<>();
        List<JobFamily> families = frameworks.jobFamilies();
        transactions.executeWithoutResult(status -> {
            for (Spec spec : shared(swedish)) {
                byName.put(spec.name(), frameworks.create(new CompetencyData(spec.name(), spec.description(), spec.group(),
                        null, spec.indicators())));
            }
            for (JobFamily family : families) {
                for (Spec spec : functional(swedish, family.name())) {
                    byName.put(spec.name(), frameworks.create(new CompetencyData(spec.name(), spec.description(),
                            spec.group(), family.id(), spec.indicators())));
                }
            }
            for (JobFamily family : families) {
                int rungs = family.levels().size();
                for (int i = 0; i < rungs; i++) {
                    UUID level = family.levels().get(i).id();
                    boolean leads = i == rungs - 1 || rungs > 2 && i == rungs - 2;
                    for (Competency competency : frameworks.competencies(false)) {
                        if (!CompetencyFrameworks.appliesTo(competency, family.id())) {
                            continue;
                        }
                        Integer expected = switch (competency.data().group()) {
                            case CORE -> Math.min(5, 2 + i);
                            case LEADERSHIP -> leads ? Integer.valueOf(Math.min(5, 2 + i))
                                    : i == 0 ? null : Integer.valueOf(2);
                            case FUNCTIONAL -> Math.min(4, 1 + i);
                        };
                        if (expected != null) {
                            frameworks.setExpectation(competency.id(), level, expected, competency.version());
                        }
                    }
                }
            }
            // The demo's feedback and catalogue were written before the framework: link what names a competency.
            leftovers.matchByName();
        });
        transactions.executeWithoutResult(status -> assess(managerEmail, employeeEmail));
    }

    private void assess(String managerEmail, String employeeEmail) {
        OrgPerson manager = org.personByEmail(managerEmail).orElse(null);
        OrgPerson employee = org.personByEmail(employeeEmail).orElse(null);
        if (manager == null || employee == null) {
            return;
        }
        java.util.LinkedHashSet<UUID> assessed = new java.util.LinkedHashSet<>(org.directReports(manager.id()));
        assessed.add(employee.id());
        Map<UUID, OrgPerson> people = org.people(assessed);
        List<UUID> reports = List.copyOf(assessed);
        Map<UUID, JobPosition> positions = org.jobPositions(reports);
        List<Competency> active = frameworks.competencies(false);
        int index = 0;
        for (UUID report : reports) {
            JobPosition position = positions.get(report);
            Map<UUID, Integer> expected = position == null || position.jobLevelId() == null ? Map.of()
                    : frameworks.expectationsOfLevel(position.jobLevelId());
            List<Rating> managerRatings = new ArrayList<>();
            List<Rating> selfRatings = new ArrayList<>();
            int offset = 0;
            for (Competency competency : active) {
                Integer want = expected.get(competency.id());
                if (want == null) {
                    continue;
                }
                // Deterministic spread: some at the expectation, some one below, the odd one above.
                int delta = (index + offset) % 4 == 0 ? -1 : (index + offset) % 5 == 0 ? 1 : 0;
                offset++;
                int level = Math.max(1, Math.min(5, want + delta));
                managerRatings.add(new Rating(competency.id(), level, "", Evidence.NONE));
                selfRatings.add(new Rating(competency.id(), Math.min(5, level + (offset % 3 == 0 ? 1 : 0)), "",
                        Evidence.NONE));
            }
            UUID assessor = people.containsKey(report) ? people.get(report).managerId() : null;
            if (!managerRatings.isEmpty() && assessor != null) {
                assessments.recordAs(assessor, report, AssessmentKind.MANAGER, managerRatings);
                if (report.equals(employee.id())) {
                    assessments.recordAs(report, report, AssessmentKind.SELF, selfRatings);
                }
            }
            index++;
        }
        JobPosition own = org.jobPositions(List.of(employee.id())).get(employee.id());
        if (own != null && own.jobLevelId() != null) {
            frameworks.jobFamilies().stream().filter(f -> f.id().equals(own.jobFamilyId())).findFirst()
                    .flatMap(f -> f.levels().stream().dropWhile(l -> !l.id().equals(own.jobLevelId())).skip(1).findFirst())
                    .ifPresent(next -> careers.setTargetAs(employee.id(), next.id()));
        }
    }
}
