package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.learning.LearningPlans;
import io.kadens.learning.ProgressStatus;
import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStepsViewer;
import io.kadens.notifications.Notifications;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Plans: who sees and changes them, the approval flow, progress from training, staleness and mentors. */
@KadensSpringTest
class DevelopmentPlansTest {

    @Autowired
    DevelopmentPlans plans;
    @Autowired
    DevelopmentTestData data;
    @Autowired
    DevelopmentRepository repository;
    @Autowired
    DevelopmentReminders reminders;
    @Autowired
    DevelopmentOverview overview;
    @Autowired
    DevelopmentNextSteps nextSteps;
    @Autowired
    DevelopmentTalkingPoints talkingPoints;
    @Autowired
    Mentoring mentoring;
    @Autowired
    LearningPlans learning;
    @Autowired
    Notifications notifications;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    private <T> T as(Company company, Person person, java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(company, person), work);
    }

    @Test
    void aPlanIsSeenByItsPersonTheirManagerChainAndHrOnlyAlsoByTheRowPolicy() {
        Company c = tenants.create("dvsee");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        for (Person allowed : List.of(c.employee(), c.manager(), c.ceo(), c.hrAdmin())) {
            assertThat(as(c, allowed, () -> plans.plan(seeded.plan())).objectives()).as(allowed.familyName()).hasSize(2);
            assertThat(as(c, allowed, () -> plans.current(c.employee().id()))).isPresent();
        }
        for (Person other : List.of(c.teamLead(), c.member(), c.outsider())) {
            assertThatThrownBy(() -> as(c, other, () -> plans.plan(seeded.plan())))
                    .as(other.familyName()).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> as(c, other, () -> plans.current(c.employee().id())))
                    .isInstanceOf(ResourceNotFoundException.class);
            // The database refuses too, whatever the service would do.
            java.util.Optional<DevelopmentRepository.PlanRow> row = as(c, other, () -> new TransactionTemplate(
                    transactionManager).execute(tx -> repository.plan(seeded.plan())));
            assertThat(row).as("row policy for " + other.familyName()).isEmpty();
            List<DevelopmentRepository.ActionRow> rows = as(c, other, () -> new TransactionTemplate(transactionManager)
                    .execute(tx -> repository.actions(List.of(seeded.plan()))));
            assertThat(rows).isEmpty();
        }
        java.util.Optional<DevelopmentRepository.PlanRow> managers = as(c, c.manager(),
                () -> new TransactionTemplate(transactionManager).execute(tx -> repository.plan(seeded.plan())));
        assertThat(managers).isPresent();
    }

    @Test
    void theFlowIsDraftSubmittedApprovedAndApprovalMakesDevelopmentGoals() {
        Company c = tenants.create("dvflow");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        DevelopmentPlan approved = as(c, c.employee(), () -> plans.plan(seeded.plan()));
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(c.manager().id());
        assertThat(approved.objectives()).allSatisfy(o -> assertThat(o.goalId()).isNotNull());
        assertThat(approved.comments()).extracting(PlanComment::body).containsExactly("Approved plan of " + c.slug());
        assertThat(approved.changes()).extracting(PlanChange::what).containsExactly("submitted", "approved");
        // The SMART checker saw a measurable, dated objective.
        assertThat(approved.objectives().getFirst().smartMissing()).doesNotContain("timeBound");

        // A second plan for an overlapping period is refused; one plan per person and period.
        assertThatThrownBy(() -> as(c, c.employee(), () -> plans.create(c.employee().id(), io.kadens.support.TestTenants.today(),
                io.kadens.support.TestTenants.today().plusMonths(1), null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("periodStart", "development.period.overlaps"));
    }

    @Test
    void submittingNeedsTwoToFiveObjectivesEachWithAnActionAndOnlyAManagerAboveApproves() {
        Company c = tenants.create("dvsubmit");
        DevelopmentTestData.Seeded framework = data.seed(c);
        Person member = c.member();
        LocalDate today = io.kadens.support.TestTenants.today();
        DevelopmentPlan one = as(c, member, () -> {
            UUID id = plans.create(member.id(), today, today.plusMonths(6), null);
            List<ObjectiveDraft> both = DevelopmentTestData.objectives(c, framework.coreCompetency(),
                    framework.trainingItem(), today);
            // The mentor of the second objective is the member's own lead: fine. Only the first here.
            return plans.edit(id, plans.plan(id).version(), new DevelopmentPlans.PlanEdit(null, null, null,
                    List.of(both.getFirst())));
        });
        assertThat(one.reviewCadenceDays()).isEqualTo(30);
        assertThatThrownBy(() -> as(c, member, () -> plans.submit(one.id(), one.version())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("objectives", "development.objectives.count"));
        ObjectiveDraft noActions = new ObjectiveDraft(null, "Write two design notes by " + today.plusMonths(2), "",
                ObjectiveSource.COMPETENCY_GAP, framework.coreCompetency(), null, null, null, today.plusMonths(2), null,
                List.of(), List.of());
        DevelopmentPlan two = as(c, member, () -> plans.edit(one.id(), one.version(), new DevelopmentPlans.PlanEdit(
                null, null, null, List.of(ObjectiveDraft.of(one.objectives().getFirst()), noActions))));
        assertThat(two.objectives().getFirst().id()).as("ids are kept").isEqualTo(one.objectives().getFirst().id());
        assertThatThrownBy(() -> as(c, member, () -> plans.submit(two.id(), two.version())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("objectives[1].actions", "development.actions.required"));
        // Stale version: refused, nothing changed.
        assertThatThrownBy(() -> as(c, member, () -> plans.edit(one.id(), one.version(),
                new DevelopmentPlans.PlanEdit(null, null, null, List.of())))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(c, member, () -> plans.plan(one.id())).objectives()).hasSize(2);
        // Bad input: every field named, nothing half-written.
        ObjectiveDraft bad = new ObjectiveDraft(null, "", "", ObjectiveSource.TARGET_ROLE, null, UUID.randomUUID(), null,
                null, null, null, List.of(), List.of(new ObjectiveDraft.ActionDraft(null, ActionKind.FORMAL_LEARNING,
                "Course", null, UUID.randomUUID(), today, null)));
        assertThatThrownBy(() -> as(c, member, () -> plans.edit(two.id(), two.version(),
                new DevelopmentPlans.PlanEdit(null, null, null, List.of(bad)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("objectives[0].title",
                        "objectives[0].targetLevelId", "objectives[0].dueOn", "objectives[0].actions[0].trainingItemId"));
        assertThat(as(c, member, () -> plans.plan(one.id())).version()).isEqualTo(two.version());

        DevelopmentPlan fixed = as(c, member, () -> plans.edit(two.id(), two.version(), new DevelopmentPlans.PlanEdit(
                null, null, null, List.of(ObjectiveDraft.of(two.objectives().getFirst()),
                DevelopmentTestData.objectives(c, framework.coreCompetency(), framework.trainingItem(), today).get(1)))));
        DevelopmentPlan submitted = as(c, member, () -> plans.submit(fixed.id(), fixed.version()));
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        // The member cannot approve their own plan; the manager above their lead can.
        assertThatThrownBy(() -> as(c, member, () -> plans.approve(submitted.id(), submitted.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(c, c.manager(), () -> plans.waitingForMyApproval())).extracting(DevelopmentPlan::id)
                .contains(submitted.id());
        DevelopmentPlan approved = as(c, c.manager(), () -> plans.approve(submitted.id(), submitted.version(), ""));
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);

        // A change after approval keeps the plan approved and is recorded.
        DevelopmentPlan changed = as(c, member, () -> plans.edit(approved.id(), approved.version(),
                new DevelopmentPlans.PlanEdit(null, null, 14, approved.objectives().stream().map(ObjectiveDraft::of).toList())));
        assertThat(changed.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(changed.changedSinceApproval()).isTrue();
        assertThat(changed.reviewCadenceDays()).isEqualTo(14);
        assertThat(changed.changes()).extracting(PlanChange::what).endsWith("edited");
    }

    @Test
    void completingTheCourseMovesTheProgressAndPromptsTheManagerWithoutChangingARating() {
        Company c = tenants.create("dvcourse");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        DevelopmentPlan before = as(c, c.employee(), () -> plans.plan(seeded.plan()));
        assertThat(before.progressPercent()).isZero();
        as(c, c.employee(), () -> learning.recordProgress(seeded.trainingItem(), ProgressStatus.COMPLETED, 100,
                io.kadens.support.TestTenants.today(), -1));
        DevelopmentPlan after = as(c, c.employee(), () -> plans.plan(seeded.plan()));
        // Four parts: stretch, course, mentor action and the milestone; the course is done.
        assertThat(after.progressPercent()).isEqualTo(25);
        assertThat(after.objectives().getFirst().actions()).filteredOn(a -> a.id().equals(seeded.learningAction()))
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE));
        assertThat(after.changes()).extracting(PlanChange::what).contains("training-completed");
        String title = "Take the facilitation course of " + c.slug();
        Boolean prompted = TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager).execute(tx ->
                notifications.exists("development-evidence:" + seeded.plan() + ":" + Integer.toHexString(title.hashCode()))));
        assertThat(prompted).isTrue();

        // A milestone by hand: progress again, and the manager is prompted again.
        DevelopmentPlan milestone = as(c, c.employee(), () -> plans.progress(after.id(), after.version(),
                new DevelopmentPlans.ProgressUpdate(null, null, seeded.milestone(), null, false, null, null, "Went well")));
        assertThat(milestone.progressPercent()).isEqualTo(50);
        assertThat(milestone.comments()).extracting(PlanComment::body).contains("Went well");
        // The manager marks the stretch action done; a colleague outside the line cannot.
        DevelopmentPlan byManager = as(c, c.manager(), () -> plans.progress(milestone.id(), milestone.version(),
                new DevelopmentPlans.ProgressUpdate(seeded.stretchAction(), ActionStatus.DONE, null, null, false, null,
                        null, null)));
        assertThat(byManager.progressPercent()).isEqualTo(75);
        assertThatThrownBy(() -> as(c, c.teamLead(), () -> plans.progress(byManager.id(), byManager.version(),
                new DevelopmentPlans.ProgressUpdate(seeded.mentorAction(), ActionStatus.DONE, null, null, false, null,
                        null, null)))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aPlanUntouchedPastItsCadenceIsFlaggedAndRemindedToThePersonAndManagerOnce() {
        Company c = tenants.create("dvstale");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isZero();
        clock.advance(Duration.ofDays(31));
        try {
            assertThat(as(c, c.employee(), () -> plans.plan(seeded.plan())).stale()).isTrue();
            assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isEqualTo(1);
            assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isZero();
            List<DepartmentDevelopment> departments = as(c, c.hrAdmin(), () -> overview.byDepartment());
            assertThat(departments).singleElement().satisfies(d -> {
                assertThat(d.departmentId()).isEqualTo(c.salesId());
                assertThat(d.withPlan()).isEqualTo(1);
                assertThat(d.approved()).isEqualTo(1);
                assertThat(d.stale()).isEqualTo(1);
                assertThat(d.people()).isGreaterThanOrEqualTo(4);
            });
            assertThatThrownBy(() -> as(c, c.manager(), () -> overview.byDepartment()))
                    .isInstanceOf(AccessDeniedException.class);
            NextStepsViewer viewer = new NextStepsViewer(c.employee().id(), false, false, clock.instant(), clock.instant(),
                java.time.ZoneId.of("Europe/Stockholm"));
            assertThat(as(c, c.employee(), () -> nextSteps.nextSteps(viewer))).extracting(NextStep::id)
                    .contains("development-stale-" + seeded.plan());
        } finally {
            clock.reset();
        }
    }

    @Test
    void openActionsAreOnTheHomePageAndTheOneOnOneAgendaForThePersonAndTheirManagerOnly() {
        Company c = tenants.create("dvagenda");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        NextStepsViewer viewer = new NextStepsViewer(c.employee().id(), false, false, clock.instant(), clock.instant(),
                java.time.ZoneId.of("Europe/Stockholm"));
        assertThat(as(c, c.employee(), () -> nextSteps.nextSteps(viewer))).extracting(NextStep::id)
                .contains("development-action-" + seeded.stretchAction())
                .doesNotContain("development-action-" + seeded.learningAction());
        assertThat(as(c, c.manager(), () -> talkingPoints.talkingPoints(c.employee().id())))
                .extracting(p -> p.text()).contains("Chair the weekly meeting of " + c.slug(),
                        "Rehearse with my mentor at " + c.slug());
        assertThat(as(c, c.teamLead(), () -> talkingPoints.talkingPoints(c.employee().id()))).isEmpty();
    }

    @Test
    void anActionDueTodayInTheOrganisationsZoneIsTodayEvenWhileItIsStillYesterdayInUtc() {
        Company c = tenants.create("dvzone");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        LocalDate due = as(c, c.employee(), () -> plans.plan(seeded.plan())).objectives().stream()
                .flatMap(o -> o.actions().stream()).filter(a -> a.id().equals(seeded.stretchAction()))
                .findFirst().orElseThrow().dueOn();
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        // Half past midnight on the due day in Stockholm is still the day before in UTC.
        java.time.Instant justAfterMidnight = due.atStartOfDay(stockholm).plusMinutes(30).toInstant();
        NextStepsViewer viewer = new NextStepsViewer(c.employee().id(), false, false, justAfterMidnight,
                justAfterMidnight, stockholm);
        NextStep step = as(c, c.employee(), () -> nextSteps.nextSteps(viewer)).stream()
                .filter(s -> s.id().equals("development-action-" + seeded.stretchAction())).findFirst().orElseThrow();
        assertThat(step.urgency()).isEqualTo(NextStep.Urgency.TODAY);
        assertThat(LocalDate.ofInstant(step.at(), stockholm)).isEqualTo(due);
    }

    @Test
    void aMilestoneMarkedDoneJustAfterMidnightIsDatedTheOrganisationsDay() {
        Company c = tenants.create("dvmidnight");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        java.time.Instant justAfterMidnight = java.time.ZonedDateTime.now(stockholm).toLocalDate().plusDays(1)
                .atStartOfDay(stockholm).plusMinutes(30).toInstant();
        LocalDate organisationsDay = LocalDate.ofInstant(justAfterMidnight, stockholm);
        DevelopmentPlan before = as(c, c.employee(), () -> plans.plan(seeded.plan()));
        clock.at(justAfterMidnight);
        try {
            // Marked done without a date: the day it is for the person, not the server's UTC day before it.
            DevelopmentPlan done = as(c, c.employee(), () -> plans.progress(before.id(), before.version(),
                    new DevelopmentPlans.ProgressUpdate(null, null, seeded.milestone(), null, false, null, null, null)));
            assertThat(done.objectives().stream().flatMap(o -> o.milestones().stream())
                    .filter(m -> m.id().equals(seeded.milestone())).findFirst().orElseThrow().doneOn())
                    .isEqualTo(organisationsDay);
            assertThatThrownBy(() -> as(c, c.employee(), () -> plans.progress(done.id(), done.version(),
                    new DevelopmentPlans.ProgressUpdate(null, null, seeded.milestone(), organisationsDay.plusDays(1),
                            false, null, null, null)))).isInstanceOf(InvalidInputException.class);
        } finally {
            clock.reset();
        }
    }

    @Test
    void theOverviewCountsAPlanStartingOnTheOrganisationsDayWhileItIsStillTheDayBeforeInUtc() {
        Company c = tenants.create("dvoverday");
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        LocalDate start = LocalDate.now(stockholm).plusDays(1);
        as(c, c.employee(), () -> plans.create(c.employee().id(), start, start.plusMonths(6), null));
        // Half past midnight on the plan's first day in Stockholm is still the day before in UTC.
        clock.at(start.atStartOfDay(stockholm).plusMinutes(30).toInstant());
        try {
            assertThat(as(c, c.hrAdmin(), () -> overview.byDepartment())).singleElement()
                    .satisfies(d -> assertThat(d.withPlan()).isEqualTo(1));
        } finally {
            clock.reset();
        }
    }

    @Test
    void mentorsAreSuggestedOnlyFromPeopleWhoOptedInNeverToThemselves() {
        Company c = tenants.create("dvmentor");
        DevelopmentTestData.Seeded seeded = data.seed(c);
        assertThat(as(c, c.employee(), () -> mentoring.suggestions(seeded.coreCompetency())))
                .extracting(MentorSuggestion::personId).containsExactly(c.teamLead().id());
        assertThat(as(c, c.teamLead(), () -> mentoring.suggestions(seeded.coreCompetency()))).isEmpty();
        as(c, c.teamLead(), () -> mentoring.offer(List.of()));
        assertThat(as(c, c.employee(), () -> mentoring.suggestions(null))).isEmpty();
        assertThatThrownBy(() -> as(c, c.member(), () -> mentoring.offer(List.of(UUID.randomUUID()))))
                .isInstanceOf(InvalidInputException.class);
    }
}
