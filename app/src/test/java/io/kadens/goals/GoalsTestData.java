package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An active goal with a milestone key result, a check-in and a comment in a test company, in a cycle of
 * its own, each named after the company's slug so that a leak shows up in any response. For the isolation suite.
 */
@Component
public class GoalsTestData {

    private final Goals goals;
    private final GoalTracking goalTracking;
    private final GoalDiscussion goalDiscussion;
    private final GoalQueries goalQueries;
    private final GoalAdministration administration;

    GoalsTestData(Goals goals, GoalTracking goalTracking, GoalDiscussion goalDiscussion, GoalQueries goalQueries,
                  GoalAdministration administration) {
        this.goals = goals;
        this.goalTracking = goalTracking;
        this.goalDiscussion = goalDiscussion;
        this.goalQueries = goalQueries;
        this.administration = administration;
    }

    public record Seeded(UUID cycle, UUID goal, UUID keyResult, UUID milestone) {
    }

    public Seeded seed(Company company) {
        UUID cycle = signedIn(as(company, company.hrAdmin()), () -> administration.createCycle(new GoalCycleData(
                "Cycle of " + company.slug(), CycleKind.QUARTER, TestTenants.today().minusDays(10),
                TestTenants.today().plusDays(80), false)));
        return signedIn(as(company, company.employee()), () -> {
            UUID goal = goals.create(new GoalData("Goal of " + company.slug(), "Secret plan of " + company.slug(),
                    GoalLevel.INDIVIDUAL, null, null, null, Set.of(), null, GoalVisibility.TENANT, cycle, null, null,
                    null, GoalKind.BUSINESS));
            UUID keyResult = goalTracking.addKeyResult(goal, new KeyResultData("Steps of " + company.slug(),
                    KeyResultType.MILESTONES, null, null, null, null, BigDecimal.ONE,
                    List.of("Milestone of " + company.slug())));
            goals.changeStatus(goal, 0, GoalStatus.ACTIVE);
            goalTracking.checkIn(goal, new NewCheckIn(keyResult, null, 7, "Check-in of " + company.slug()));
            goalDiscussion.comment(goal, "Comment of " + company.slug());
            UUID milestone = goalQueries.detail(goal).orElseThrow().keyResults().getFirst().milestones().getFirst().id();
            return new Seeded(cycle, goal, keyResult, milestone);
        });
    }
}
