package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.competencies.CompetencyTestData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalQueries;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * HR admins approve and return plans as the manager chain does (a line manager may be away), never their own:
 * approval by HR makes the objectives development goals like a manager's.
 */
@KadensSpringTest
class HrApprovalTest {

    @Autowired
    DevelopmentPlans plans;
    @Autowired
    CompetencyTestData competencies;
    @Autowired
    GoalQueries goals;
    @Autowired
    TestTenants tenants;

    @Test
    void anHrAdminApprovesSomeoneElsesPlanButNotTheirOwn() {
        Company c = tenants.create("dvhrapprove");
        CompetencyTestData.Seeded framework = competencies.framework(c);
        // The employee's plan: stretch work only, so no training item is needed.
        DevelopmentPlan submitted = signedIn(as(c, c.employee()), () -> {
            LocalDate today = TestTenants.today();
            UUID id = plans.create(c.employee().id(), today.minusDays(1), today.plusMonths(6), null);
            DevelopmentPlan created = plans.plan(id);
            ObjectiveDraft stretch = new ObjectiveDraft(null, "Chair three team meetings by " + today.plusMonths(3), "",
                    ObjectiveSource.COMPETENCY_GAP, framework.coreCompetency(), null, null, null, today.plusMonths(3),
                    null, java.util.List.of(), java.util.List.of(new ObjectiveDraft.ActionDraft(null, ActionKind.STRETCH,
                    "Chair the weekly meeting", null, null, today.plusDays(3), null)));
            ObjectiveDraft second = new ObjectiveDraft(null, "Give two demos by " + today.plusMonths(5), "",
                    ObjectiveSource.GROWTH_AREA, null, null, "Presenting", null, today.plusMonths(5), null,
                    java.util.List.of(), java.util.List.of(new ObjectiveDraft.ActionDraft(null, ActionKind.STRETCH,
                    "Demo at the all-hands", null, null, today.plusWeeks(2), null)));
            DevelopmentPlan edited = plans.edit(id, created.version(), new DevelopmentPlans.PlanEdit(null, null, null,
                    java.util.List.of(stretch, second)));
            return plans.submit(id, edited.version());
        });
        assertThat(signedIn(as(c, c.hrAdmin()), () -> plans.mayApprove(c.employee().id()))).isTrue();
        assertThat(signedIn(as(c, c.hrAdmin()), () -> plans.mayApprove(c.hrAdmin().id()))).isFalse();
        assertThat(signedIn(as(c, c.hrAdmin()), () -> plans.managesAbove(c.employee().id()))).isFalse();

        DevelopmentPlan approved = signedIn(as(c, c.hrAdmin()), () -> plans.approve(submitted.id(), submitted.version(),
                "Approved by HR"));
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(c.hrAdmin().id());
        assertThat(approved.objectives()).allSatisfy(o -> assertThat(o.goalId()).isNotNull());
        UUID goal = approved.objectives().getFirst().goalId();
        assertThat(signedIn(as(c, c.employee()), () -> goals.detail(goal)).orElseThrow().summary().kind())
                .isEqualTo(GoalKind.DEVELOPMENT);

        // The HR admin's own plan waits for their manager.
        DevelopmentPlan own = signedIn(as(c, c.hrAdmin()), () -> {
            LocalDate today = TestTenants.today();
            UUID id = plans.create(c.hrAdmin().id(), today.minusDays(1), today.plusMonths(6), null);
            return plans.plan(id);
        });
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> plans.approve(own.id(), own.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> plans.returnForChanges(own.id(), own.version(),
                "No"))).isInstanceOf(AccessDeniedException.class);
    }
}
