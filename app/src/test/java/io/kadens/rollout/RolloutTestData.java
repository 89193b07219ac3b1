package io.kadens.rollout;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A running pilot in a test company: phases around today, a pilot group of the company's sales department
 * piloting goals and feedback (named after the company's slug, with its manager as champion), a milestone,
 * and the HR admin as contact person. For the isolation suite and the rollout tests.
 */
@Component
public class RolloutTestData {

    private final RolloutPlanning planning;

    RolloutTestData(RolloutPlanning planning) {
        this.planning = planning;
    }

    public record Seeded(UUID group, UUID milestone) {
    }

    public Seeded seed(Company company) {
        return signedIn(as(company, company.hrAdmin()), () -> {
            LocalDate today = TestTenants.today();
            long version = planning.setPhases(List.of(
                    new PhaseDates(RolloutPhase.PLANNING, today.minusMonths(2), today.minusMonths(1).minusDays(1)),
                    new PhaseDates(RolloutPhase.PILOT, today.minusMonths(1), today.plusMonths(2)),
                    new PhaseDates(RolloutPhase.ROLLOUT, today.plusMonths(2).plusDays(1), null)), 0);
            planning.setContactPerson(company.hrAdmin().id(), version);
            UUID group = planning.createGroup(new PilotGroupData("Pilot of " + company.slug(), DepartmentKind.SALES,
                    Set.of(Feature.GOALS, Feature.FEEDBACK), Set.of(company.salesId()), Set.of(), Set.of(),
                    Set.of(company.manager().id())));
            UUID milestone = planning.addMilestone(new MilestoneData(RolloutPhase.PILOT,
                    "Kick-off of " + company.slug(), today.minusMonths(1), true));
            return new Seeded(group, milestone);
        });
    }
}
