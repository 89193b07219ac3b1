package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kadens.goals.GoalAnalytics.GoalFigures;
import io.kadens.platform.Cohort;
import io.kadens.settings.TenantSettingsService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analytics figures of goals, counted set-based in SQL, agree goal for goal with what the goals pages show:
 * each goal's own progress ({@link GoalProgress}; an achieved goal counts as complete) and computed health
 * ({@link HealthRule}), for every kind of key result, weights, a decreasing target, milestones, closed goals and a
 * goal without key results.
 */
@KadensSpringTest
class GoalAnalyticsTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalTracking tracking;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalAdministration administration;
    @Autowired
    GoalAnalytics analytics;
    @Autowired
    TenantSettingsService settings;
    @Autowired
    TestTenants tenants;
    @Autowired
    Clock clock;

    Company c;

    private <T> T asHr(Supplier<T> work) {
        return signedIn(as(c, c.hrAdmin()), work);
    }

    private static KeyResultData keyResult(KeyResultType type, int start, int target, int current, int weight,
                                           List<String> milestones) {
        return new KeyResultData("Measure", type, BigDecimal.valueOf(start), BigDecimal.valueOf(target),
                BigDecimal.valueOf(current), "", BigDecimal.valueOf(weight), milestones);
    }

    private UUID goal(UUID cycle, GoalStatus status, KeyResultData... keyResults) {
        return asHr(() -> {
            UUID id = goals.create(new GoalData("Goal", "", GoalLevel.INDIVIDUAL, null, null, c.employee().id(),
                    Set.of(), null, GoalVisibility.TENANT, cycle, null, null, null, GoalKind.BUSINESS));
            for (KeyResultData keyResult : keyResults) {
                tracking.addKeyResult(id, keyResult);
            }
            if (status != GoalStatus.DRAFT) {
                goals.changeStatus(id, queries.detail(id).orElseThrow().summary().version(), GoalStatus.ACTIVE);
            }
            if (status != GoalStatus.DRAFT && status != GoalStatus.ACTIVE) {
                goals.changeStatus(id, queries.detail(id).orElseThrow().summary().version(), status);
            }
            return id;
        });
    }

    @Test
    void figuresAgreeGoalForGoalWithTheGoalsOwnProgressAndHealth() {
        c = tenants.create("goalfigures");
        LocalDate today = asHr(() -> LocalDate.ofInstant(clock.instant(), ZoneId.of(settings.current().timeZone())));
        UUID cycle = asHr(() -> administration.createCycle(new GoalCycleData("Now", CycleKind.QUARTER,
                today.minusDays(45), today.plusDays(45), false)));
        List<UUID> ids = new ArrayList<>();
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.NUMERIC, 0, 100, 50, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.NUMERIC, 40, 10, 25, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.PERCENTAGE, 0, 100, 20, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.PERCENTAGE, 0, 100, 5, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.BOOLEAN, 0, 1, 1, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.MILESTONES, 0, 0, 0, 1, List.of("a", "b", "c"))));
        ids.add(goal(cycle, GoalStatus.ACTIVE, keyResult(KeyResultType.NUMERIC, 0, 10, 9, 1, List.of()),
                keyResult(KeyResultType.NUMERIC, 0, 10, 1, 3, List.of())));
        ids.add(goal(cycle, GoalStatus.ACTIVE));
        ids.add(goal(cycle, GoalStatus.DRAFT, keyResult(KeyResultType.NUMERIC, 0, 100, 150, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.ACHIEVED, keyResult(KeyResultType.NUMERIC, 0, 100, 10, 1, List.of())));
        ids.add(goal(cycle, GoalStatus.MISSED, keyResult(KeyResultType.NUMERIC, 0, 100, 90, 1, List.of())));
        // One of three milestones done.
        asHr(() -> {
            KeyResult withMilestones = queries.detail(ids.get(5)).orElseThrow().keyResults().getFirst();
            Milestone first = withMilestones.milestones().getFirst();
            tracking.setMilestoneDone(first.id(), first.version(), true);
            return null;
        });

        double progress = 0;
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        for (UUID id : ids) {
            GoalDetail detail = asHr(() -> queries.detail(id).orElseThrow());
            // Analytics counts an achieved goal as complete, whatever its key results last said.
            progress += detail.summary().status() == GoalStatus.ACHIEVED ? 1.0 : detail.summary().progress();
            switch (detail.computedHealth()) {
                case ON_TRACK -> onTrack++;
                case AT_RISK -> atRisk++;
                case OFF_TRACK -> offTrack++;
            }
        }
        assertThat(onTrack).as("the goals cover every health").isPositive();
        assertThat(atRisk).isPositive();
        assertThat(offTrack).isPositive();

        Cohort cohort = new Cohort(List.of(new Cohort.Member(c.employee().id(), null, true)));
        List<GoalFigures> figures = asHr(() -> analytics.figures(cohort, today.minusDays(90), today.plusDays(90), today));
        assertThat(figures).hasSize(1);
        GoalFigures figure = figures.getFirst();
        assertThat(figure.pilot()).isTrue();
        assertThat(figure.goals()).isEqualTo(ids.size());
        assertThat(figure.progressSum()).isCloseTo(progress, within(1e-9));
        assertThat(List.of(figure.onTrack(), figure.atRisk(), figure.offTrack())).containsExactly(onTrack, atRisk, offTrack);
        assertThat(figure.aligned()).isZero();

        // A period after the cycle counts none of them.
        assertThat(asHr(() -> analytics.figures(cohort, today.plusDays(60), today.plusDays(120), today))).isEmpty();
    }
}
