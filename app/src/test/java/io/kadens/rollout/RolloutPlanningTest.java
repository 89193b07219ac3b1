package io.kadens.rollout;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The rollout plan: phases, groups and their warnings, who may use which feature while a pilot runs, bad input. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutPlanningTest {

    @Autowired
    RolloutPlanning planning;
    @Autowired
    FeatureAccess access;
    @Autowired
    RolloutTestData data;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;

    Company a;
    Company b;
    RolloutTestData.Seeded seededA;

    @BeforeAll
    void companies() {
        a = tenants.create("rolla");
        b = tenants.create("rollb");
        seededA = data.seed(a);
    }

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private Set<Feature> featuresOf(Company company, Person person) {
        return signedIn(as(company, person), () -> access.enabledFeatures(person.id()));
    }

    @Test
    void theSeededPlanHasItsPhasesGroupContactAndAdvice() {
        RolloutPlan plan = asAdmin(a, planning::plan);
        assertThat(plan.currentPhase()).contains(RolloutPhase.PILOT);
        assertThat(plan.contactPersonId()).isEqualTo(a.hrAdmin().id());
        assertThat(plan.phases()).extracting(PhaseDates::phase)
                .containsExactly(RolloutPhase.PLANNING, RolloutPhase.PILOT, RolloutPhase.ROLLOUT);
        PilotGroup group = plan.groups().stream().filter(g -> g.id().equals(seededA.group())).findFirst().orElseThrow();
        // Sales holds the CEO, the manager, the employee, the team lead and the member.
        assertThat(group.size()).isEqualTo(5);
        assertThat(plan.milestones()).extracting(Milestone::id).contains(seededA.milestone());
        assertThat(plan.warnings()).extracting(PilotWarning::kind).contains(PilotWarning.Kind.SINGLE_GROUP);
    }

    @Test
    void whilePilotingOnlyTheGroupUsesThePilotedFeaturesAndEveryoneElseIsUnaffected() {
        // The employee works in Sales, the pilot group: goals and feedback are open, and so is everything unpiloted.
        assertThat(featuresOf(a, a.employee())).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Feature.class));
        // The HR admin works in Support: goals and feedback are piloted by others, the rest is as before.
        assertThat(featuresOf(a, a.hrAdmin())).doesNotContain(Feature.GOALS, Feature.FEEDBACK)
                .contains(Feature.CHECK_INS, Feature.ONE_ON_ONES, Feature.REVIEWS, Feature.DEVELOPMENT_PLANS);
        assertThat(signedIn(as(a, a.hrAdmin()), () -> access.enabledFor(a.hrAdmin().id(), Feature.GOALS))).isFalse();
        assertThat(signedIn(as(a, a.employee()), () -> access.enabledFor(a.employee().id(), Feature.GOALS))).isTrue();
        // A tenant without a rollout plan is unaffected.
        assertThat(featuresOf(b, b.hrAdmin())).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Feature.class));
        assertThat(signedIn(as(a, a.hrAdmin()), access::pilotPeople)).contains(a.employee().id(), a.member().id())
                .doesNotContain(a.hrAdmin().id());
    }

    @Test
    void beforeAndAfterThePilotPhaseEveryoneHasEveryFeature() {
        Company c = tenants.create("rollc");
        data.seed(c);
        assertThat(featuresOf(c, c.hrAdmin())).doesNotContain(Feature.GOALS);
        long version = asAdmin(c, planning::plan).version();
        LocalDate today = TestTenants.today();
        asAdmin(c, () -> planning.setPhases(List.of(
                new PhaseDates(RolloutPhase.PILOT, today.minusMonths(4), today.minusMonths(1)),
                new PhaseDates(RolloutPhase.ROLLOUT, today.minusMonths(1).plusDays(1), null)), version));
        assertThat(asAdmin(c, planning::plan).currentPhase()).contains(RolloutPhase.ROLLOUT);
        assertThat(featuresOf(c, c.hrAdmin())).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Feature.class));
    }

    @Test
    void thePilotStartsAtMidnightInTheOrganisationWhileItIsStillTheDayBeforeInUtc() {
        Company c = tenants.create("rollz");
        data.seed(c);
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        LocalDate pilotStart = LocalDate.now(stockholm).plusDays(1);
        long version = asAdmin(c, planning::plan).version();
        asAdmin(c, () -> planning.setPhases(List.of(
                new PhaseDates(RolloutPhase.PLANNING, pilotStart.minusMonths(1), pilotStart.minusDays(1)),
                new PhaseDates(RolloutPhase.PILOT, pilotStart, pilotStart.plusMonths(3))), version));
        // Half past midnight on the pilot's first day in Stockholm: still the planning phase's last day in UTC.
        clock.at(pilotStart.atStartOfDay(stockholm).plusMinutes(30).toInstant());
        try {
            assertThat(asAdmin(c, planning::plan).currentPhase()).contains(RolloutPhase.PILOT);
            assertThat(signedIn(as(c, c.hrAdmin()), access::pilotRunsToday)).isTrue();
            // the HR admin is outside the pilot group, so the piloted features close to them
            assertThat(featuresOf(c, c.hrAdmin())).doesNotContain(Feature.GOALS, Feature.FEEDBACK);
        } finally {
            clock.reset();
        }
    }

    @Test
    void groupsOfTheSameKindAndSmallGroupsAndShortPilotsAreWarnedAbout() {
        Company c = tenants.create("rollw");
        LocalDate today = TestTenants.today();
        asAdmin(c, () -> planning.setPhases(List.of(new PhaseDates(RolloutPhase.PILOT, today, today.plusMonths(2))), 0));
        UUID sales = asAdmin(c, () -> planning.createGroup(new PilotGroupData("Sales", DepartmentKind.SALES,
                Set.of(Feature.GOALS), Set.of(c.salesId()), Set.of(), Set.of(), Set.of())));
        UUID support = asAdmin(c, () -> planning.createGroup(new PilotGroupData("Support", DepartmentKind.SALES,
                Set.of(Feature.GOALS), Set.of(c.supportId()), Set.of(), Set.of(), Set.of())));
        List<PilotWarning> warnings = asAdmin(c, planning::plan).warnings();
        assertThat(warnings).contains(new PilotWarning(PilotWarning.Kind.SAME_DEPARTMENT_KIND,
                warnings.stream().filter(w -> w.kind() == PilotWarning.Kind.SAME_DEPARTMENT_KIND).findFirst()
                        .orElseThrow().groupIds(), 2));
        assertThat(warnings.stream().filter(w -> w.kind() == PilotWarning.Kind.SAME_DEPARTMENT_KIND).findFirst()
                .orElseThrow().groupIds()).containsExactlyInAnyOrder(sales, support);
        // Support holds the HR admin and the outsider: 2 people.
        assertThat(warnings).contains(new PilotWarning(PilotWarning.Kind.TOO_SMALL, List.of(support), 2));
        assertThat(warnings).noneMatch(w -> w.kind() == PilotWarning.Kind.TOO_SMALL && w.groupIds().contains(sales));
        assertThat(warnings).anyMatch(w -> w.kind() == PilotWarning.Kind.SHORT_PILOT);
        assertThat(warnings).noneMatch(w -> w.kind() == PilotWarning.Kind.SINGLE_GROUP);
    }

    @Test
    void badGroupsAreRefusedWithAMessagePerFieldAndNothingStored() {
        assertThatThrownBy(() -> asAdmin(a, () -> planning.createGroup(new PilotGroupData(" ", null, Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("name", "rollout.error.group.name")
                        .containsEntry("departmentKind", "rollout.error.group.kind")
                        .containsEntry("members", "rollout.error.group.members"));
        assertThatThrownBy(() -> asAdmin(a, () -> planning.createGroup(new PilotGroupData("pilot of " + a.slug(),
                DepartmentKind.OTHER, Set.of(), Set.of(), Set.of(), Set.of(a.ceo().id()), Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("name", "rollout.error.group.name.taken"));
        // Another tenant's department and person are unknown here.
        assertThatThrownBy(() -> asAdmin(a, () -> planning.createGroup(new PilotGroupData("Foreign",
                DepartmentKind.OTHER, Set.of(), Set.of(b.salesId()), Set.of(), Set.of(), Set.of()))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(a, () -> planning.createGroup(new PilotGroupData("Foreign",
                DepartmentKind.OTHER, Set.of(), Set.of(), Set.of(), Set.of(a.ceo().id()), Set.of(b.manager().id())))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(asAdmin(a, planning::plan).groups()).extracting(PilotGroup::name).doesNotContain("Foreign", " ");
    }

    @Test
    void phasesOutOfOrderOrEndingBeforeTheyStartAreRefused() {
        Company c = tenants.create("rollp");
        LocalDate today = TestTenants.today();
        assertThatThrownBy(() -> asAdmin(c, () -> planning.setPhases(List.of(
                new PhaseDates(RolloutPhase.PLANNING, today, today.plusDays(10)),
                new PhaseDates(RolloutPhase.PILOT, today.minusDays(5), today.minusDays(10))), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("pilot", "rollout.error.phase.end"));
        assertThatThrownBy(() -> asAdmin(c, () -> planning.setPhases(List.of(
                new PhaseDates(RolloutPhase.PLANNING, today, null),
                new PhaseDates(RolloutPhase.PILOT, today, null)), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("pilot", "rollout.error.phase.order"));
        assertThat(asAdmin(c, planning::plan).phases()).isEmpty();
        assertThat(asAdmin(c, planning::plan).version()).isZero();
    }

    @Test
    void staleEditsAreRefused() {
        Company c = tenants.create("rolls");
        long version = asAdmin(c, () -> planning.setContactPerson(c.ceo().id(), 0));
        assertThat(version).isEqualTo(1);
        assertThatThrownBy(() -> asAdmin(c, () -> planning.setContactPerson(c.hrAdmin().id(), 0)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(c, planning::plan).contactPersonId()).isEqualTo(c.ceo().id());

        PilotGroupData group = new PilotGroupData("Team", DepartmentKind.OTHER, Set.of(Feature.GOALS), Set.of(),
                Set.of(), Set.of(c.employee().id()), Set.of());
        UUID id = asAdmin(c, () -> planning.createGroup(group));
        asAdmin(c, () -> {
            planning.updateGroup(id, 0, new PilotGroupData("Team", DepartmentKind.OTHER, Set.of(Feature.FEEDBACK),
                    Set.of(), Set.of(), Set.of(c.employee().id(), c.member().id()), Set.of(c.member().id())));
            return null;
        });
        assertThatThrownBy(() -> asAdmin(c, () -> {
            planning.updateGroup(id, 0, group);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        PilotGroup stored = asAdmin(c, planning::plan).groups().getFirst();
        assertThat(stored.data().features()).containsExactly(Feature.FEEDBACK);
        assertThat(stored.data().personIds()).containsExactlyInAnyOrder(c.employee().id(), c.member().id());
        assertThat(stored.size()).isEqualTo(2);

        UUID milestone = asAdmin(c, () -> planning.addMilestone(new MilestoneData(RolloutPhase.PILOT, "Kick-off",
                TestTenants.today(), false)));
        asAdmin(c, () -> {
            planning.updateMilestone(milestone, 0, new MilestoneData(RolloutPhase.PILOT, "Kick-off", TestTenants.today(), true));
            return null;
        });
        assertThatThrownBy(() -> asAdmin(c, () -> {
            planning.updateMilestone(milestone, 0, new MilestoneData(RolloutPhase.PILOT, "Late", TestTenants.today(), false));
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(c, planning::plan).milestones()).singleElement()
                .satisfies(m -> assertThat(m.done()).isTrue());
    }

    @Test
    void everyoneSeesTheirContactsAndTheirGroupsChampions() {
        RolloutContacts employee = signedIn(as(a, a.employee()), planning::myContacts);
        assertThat(employee.contactPersonId()).isEqualTo(a.hrAdmin().id());
        assertThat(employee.champions()).extracting(RolloutContacts.Champion::personId).containsExactly(a.manager().id());
        RolloutContacts outsideThePilot = signedIn(as(a, a.hrAdmin()), planning::myContacts);
        assertThat(outsideThePilot.champions()).isEmpty();
    }

    @Test
    void anotherTenantSeesNothingOfThisRollout() {
        RolloutPlan other = asAdmin(b, planning::plan);
        assertThat(other.groups()).isEmpty();
        assertThat(other.milestones()).isEmpty();
        assertThat(other.contactPersonId()).isNull();
        assertThatThrownBy(() -> asAdmin(b, () -> {
            planning.deleteGroup(seededA.group());
            return null;
        })).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(b, () -> {
            planning.updateMilestone(seededA.milestone(), 0, new MilestoneData(RolloutPhase.PILOT, "x", TestTenants.today(), false));
            return null;
        })).isInstanceOf(ResourceNotFoundException.class);
        assertThat(TenantScope.call(b.id(), () -> access.pilotPeople())).isEmpty();
        assertThat(asAdmin(a, planning::plan).groups()).extracting(PilotGroup::id).contains(seededA.group());
    }
}
