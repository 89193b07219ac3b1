package io.kadens.rollout;

import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo rollout of Acme AB: a three-month pilot in Försäljning (sales) and Ekonomi (finance) that ended a
 * month ago, so the tenant is in its rollout phase, with champions, milestones and Anna Lindqvist (HR) as
 * the contact person. Runs inside the tenant's {@code TenantScope}; leaves a tenant that already has a
 * rollout plan alone, so it also fills a database that an earlier version seeded.
 */
@Component
public class RolloutDemoSeed {

    private final RolloutPlanning planning;
    private final RolloutRepository repository;
    private final OrgFacts org;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RolloutDemoSeed(RolloutPlanning planning, RolloutRepository repository, OrgFacts org, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.planning = planning;
        this.repository = repository;
        this.org = org;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds Acme's rollout ({@code slug} "acme"); other companies have none. Returns whether it seeded. */
    public boolean seedIfMissing(String slug, String timeZone) {
        if (!"acme".equals(slug)) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (repository.plan().isPresent() || !repository.groups().isEmpty()) {
                return false;
            }
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
            LocalDate pilotStart = today.minusMonths(4);
            LocalDate rolloutStart = today.minusMonths(1);
            long version = planning.setPhases(List.of(
                    new PhaseDates(RolloutPhase.PLANNING, pilotStart.minusMonths(1), pilotStart.minusDays(1)),
                    new PhaseDates(RolloutPhase.PILOT, pilotStart, rolloutStart.minusDays(1)),
                    new PhaseDates(RolloutPhase.ROLLOUT, rolloutStart, null)), 0);
            person("anna.lindqvist@").ifPresent(anna -> planning.setContactPerson(anna, version));
            Set<Feature> features = Set.of(Feature.GOALS, Feature.CHECK_INS, Feature.ONE_ON_ONES, Feature.FEEDBACK);
            org.departmentNamed("Försäljning").ifPresent(sales -> planning.createGroup(new PilotGroupData(
                    "Försäljning", DepartmentKind.SALES, features, Set.of(sales.id()), Set.of(), Set.of(),
                    person("linnea.hedlund@").map(Set::of).orElse(Set.of()))));
            org.departmentNamed("Ekonomi").ifPresent(finance -> planning.createGroup(new PilotGroupData(
                    "Ekonomi", DepartmentKind.FINANCE, features, Set.of(finance.id()), Set.of(), Set.of(),
                    person("gustav.blom@").map(Set::of).orElse(Set.of()))));
            planning.addMilestone(new MilestoneData(RolloutPhase.PLANNING, "Pilotgrupper och ambassadörer utsedda",
                    pilotStart.minusWeeks(2), true));
            planning.addMilestone(new MilestoneData(RolloutPhase.PILOT, "Uppstart av piloten", pilotStart, true));
            planning.addMilestone(new MilestoneData(RolloutPhase.PILOT, "Första processenkäten",
                    pilotStart.plusWeeks(6), true));
            planning.addMilestone(new MilestoneData(RolloutPhase.PILOT, "Andra processenkäten",
                    rolloutStart.minusWeeks(1), true));
            planning.addMilestone(new MilestoneData(RolloutPhase.ROLLOUT, "Alla avdelningar igång",
                    today.plusMonths(1), false));
            return true;
        }));
    }

    /** The demo person whose email starts so (demo emails are given.family@domain, without diacritics). */
    private java.util.Optional<UUID> person(String emailStart) {
        return org.activePeopleMatching(emailStart.substring(0, emailStart.indexOf('.')), Set.of(), 50).stream()
                .filter(person -> person.email().startsWith(emailStart)).map(OrgPerson::id).findFirst();
    }
}
