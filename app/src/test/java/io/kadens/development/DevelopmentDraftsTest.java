package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.ActionKind;
import io.kadens.ai.plans.DraftAction;
import io.kadens.ai.plans.DraftObjective;
import io.kadens.ai.plans.MissingInput;
import io.kadens.ai.plans.PlanSourceTypes;
import io.kadens.competencies.CompetencyTestData;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Draft my plan" against real PostgreSQL: the employee of a company with a framework, their manager's
 * assessment (one level below the expectation in the core competency), a course on it and a colleague who
 * mentors in it. The draft cites only what the employee may see, saves nothing, and what they accept lands
 * in their plan, editable; a company with nothing to draft from says what is missing and who can add it.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentDraftsTest {

    @Autowired
    DevelopmentDrafts drafts;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    Mentoring mentoring;
    @Autowired
    TrainingLibrary library;
    @Autowired
    CompetencyTestData competencies;
    @Autowired
    TestTenants tenants;
    @Autowired
    io.kadens.support.TestClock clock;

    Company c;
    CompetencyTestData.Seeded framework;
    UUID course;

    @BeforeAll
    void company() {
        c = tenants.create("dvdraft");
        framework = competencies.seed(c);
        course = signedIn(as(c, c.hrAdmin()), () -> library.create(new TrainingItemData(
                "Speaking up in meetings", "Practise explaining your ideas clearly", ProviderKind.INTERNAL, null, null,
                TrainingFormat.COURSE, 60, TrainingLevel.BEGINNER, List.of("Communication " + c.slug()), "en",
                List.of())));
        signedIn(as(c, c.teamLead()), () -> mentoring.offer(List.of(framework.coreCompetency())));
    }

    private DraftedPlan draftAsEmployee() {
        return signedIn(as(c, c.employee()), () -> drafts.draft(c.employee().id(), null, null, "en"));
    }

    @Test
    void theDraftTargetsTheAssessedGapWithCitedActionsAndSavesNothing() {
        int plansBefore = signedIn(as(c, c.employee()), () -> plans.plansOf(c.employee().id())).size();
        DraftedPlan drafted = draftAsEmployee();

        assertThat(drafted.missing()).isEmpty();
        assertThat(drafted.draft()).isNotNull();
        assertThat(drafted.draft().gaps().getFirst().competencyId()).isEqualTo(framework.coreCompetency().toString());
        assertThat(drafted.draft().gaps().getFirst().current()).isEqualTo(1);
        assertThat(drafted.draft().gaps().getFirst().expected()).isEqualTo(2);
        DraftObjective first = drafted.draft().objectives().getFirst();
        assertThat(first.competencyId()).isEqualTo(framework.coreCompetency().toString());
        assertThat(first.actions()).extracting(DraftAction::kind).contains(ActionKind.FORMAL_LEARNING,
                ActionKind.LEARN_FROM_OTHERS);
        assertThat(first.actions()).filteredOn(a -> a.kind() == ActionKind.FORMAL_LEARNING)
                .extracting(DraftAction::referenceId).containsExactly(course.toString());
        assertThat(first.actions()).filteredOn(a -> a.kind() == ActionKind.LEARN_FROM_OTHERS)
                .extracting(DraftAction::referenceId).containsExactly(c.teamLead().id().toString());
        // The gap rests on the manager's assessment, and every citation resolves to something visible.
        assertThat(first.citations()).contains(SourceRef.of(PlanSourceTypes.ASSESSMENT, framework.assessment()));
        assertThat(drafted.draft().citedSources()).allSatisfy(ref -> assertThat(drafted.source(ref)).isPresent());
        assertThat(drafted.source(SourceRef.of(PlanSourceTypes.TRAINING_ITEM, course)).orElseThrow().label())
                .isEqualTo("Speaking up in meetings");
        assertThat(drafted.source(SourceRef.of(PlanSourceTypes.ASSESSMENT, framework.assessment())).orElseThrow()
                .label()).contains(c.manager().familyName());

        int plansAfter = signedIn(as(c, c.employee()), () -> plans.plansOf(c.employee().id())).size();
        assertThat(plansAfter).as("drafting saves nothing").isEqualTo(plansBefore);
    }

    @Test
    void aPlanStartedFromADraftJustAfterMidnightStartsOnTheOrganisationsDay() {
        Company z = tenants.create("dvdraftday");
        CompetencyTestData.Seeded seeded = competencies.seed(z);
        signedIn(as(z, z.hrAdmin()), () -> library.create(new TrainingItemData("Speaking up in meetings",
                "Practise explaining your ideas clearly", ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 60,
                TrainingLevel.BEGINNER, List.of("Communication " + z.slug()), "en", List.of())));
        signedIn(as(z, z.teamLead()), () -> mentoring.offer(List.of(seeded.coreCompetency())));
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        java.time.LocalDate organisationsDay = java.time.LocalDate.now(stockholm).plusDays(1);
        // Half past midnight in Stockholm is still the day before in UTC.
        clock.at(organisationsDay.atStartOfDay(stockholm).plusMinutes(30).toInstant());
        try {
            DraftedPlan drafted = signedIn(as(z, z.employee()), () -> drafts.draft(z.employee().id(), null, null, "en"));
            assertThat(drafted.missing()).isEmpty();
            DraftObjective first = drafted.draft().objectives().getFirst();
            DevelopmentPlan plan = signedIn(as(z, z.employee()), () -> drafts.accept(drafted, List.of(first)));
            assertThat(plan.periodStart()).isEqualTo(organisationsDay);
            assertThat(plan.periodEnd()).isEqualTo(organisationsDay.plusMonths(drafted.horizonMonths()));
            assertThat(first.due()).isAfter(organisationsDay).isBeforeOrEqualTo(plan.periodEnd());
        } finally {
            clock.reset();
        }
    }

    @Test
    void acceptedObjectivesLandInThePlanAndStayEditable() {
        DraftedPlan drafted = draftAsEmployee();
        DraftObjective first = drafted.draft().objectives().getFirst();
        DevelopmentPlan plan = signedIn(as(c, c.employee()), () -> drafts.accept(drafted, List.of(first)));

        Objective accepted = plan.objectives().getLast();
        assertThat(accepted.competencyId()).isEqualTo(framework.coreCompetency());
        assertThat(accepted.source()).isEqualTo(ObjectiveSource.COMPETENCY_GAP);
        assertThat(accepted.dueOn()).isEqualTo(first.due());
        assertThat(accepted.actions()).extracting(PlanAction::trainingItemId).contains(course);
        assertThat(accepted.actions()).extracting(PlanAction::mentorId).contains(c.teamLead().id());

        DevelopmentPlan edited = signedIn(as(c, c.employee()), () -> plans.edit(plan.id(), plan.version(),
                new DevelopmentPlans.PlanEdit(null, null, null, plan.objectives().stream().map(o -> {
                    ObjectiveDraft d = ObjectiveDraft.of(o);
                    return new ObjectiveDraft(d.id(), "Explain my team's work in two demos by " + o.dueOn(),
                            d.description(), d.source(), d.competencyId(), d.targetLevelId(), d.growthArea(),
                            d.ownerId(), d.dueOn(), d.status(), d.milestones(), d.actions());
                }).toList())));
        assertThat(edited.objectives().getLast().title()).startsWith("Explain my team's work");
        assertThat(edited.objectives().getLast().id()).isEqualTo(accepted.id());
    }

    @Test
    void acceptedObjectivesGoToThePlanBeingWrittenRatherThanTodaysPlan() {
        UUID employee = c.employee().id();
        // The organisation's day, which the draft's due dates count from (not the test machine's day).
        java.time.LocalDate today = signedIn(as(c, c.employee()), () -> plans.today());
        java.time.LocalDate start = today.plusYears(3);
        UUID nextPeriod = signedIn(as(c, c.employee()), () -> plans.create(employee, start, start.plusMonths(6), null));
        DraftedPlan drafted = draftAsEmployee();
        DraftObjective first = drafted.draft().objectives().getFirst();

        DevelopmentPlan plan = signedIn(as(c, c.employee()), () -> drafts.accept(drafted, List.of(first)));

        assertThat(plan.id()).isEqualTo(nextPeriod);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.objectives()).extracting(Objective::competencyId).containsExactly(framework.coreCompetency());
        // The drafted span from today is kept from the plan's own start, so nothing is due outside its period.
        java.time.LocalDate due = plan.objectives().getFirst().dueOn();
        assertThat(due).isBetween(start, start.plusMonths(6))
                .isEqualTo(start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(today, first.due())));
    }

    @Test
    void acceptingNothingOrTooManySavesNothing() {
        DraftedPlan drafted = draftAsEmployee();
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> drafts.accept(drafted, List.of())))
                .isInstanceOf(InvalidInputException.class);
        DraftObjective first = drafted.draft().objectives().getFirst();
        List<DraftObjective> six = List.of(first, first, first, first, first, first);
        Optional<DevelopmentPlan> before = signedIn(as(c, c.employee()), () -> plans.current(c.employee().id()));
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> drafts.accept(drafted, six)))
                .isInstanceOf(InvalidInputException.class);
        Optional<DevelopmentPlan> after = signedIn(as(c, c.employee()), () -> plans.current(c.employee().id()));
        assertThat(after.map(DevelopmentPlan::version)).isEqualTo(before.map(DevelopmentPlan::version));
        assertThat(after.map(p -> p.objectives().size())).isEqualTo(before.map(p -> p.objectives().size()));
    }

    @Test
    void oneObjectiveCanBeDraftedAgain() {
        DraftedPlan drafted = draftAsEmployee();
        DraftObjective first = drafted.draft().objectives().getFirst();
        DraftObjective again = signedIn(as(c, c.employee()), () -> drafts.redraft(drafted, first.competencyId(), 1))
                .orElseThrow();
        assertThat(again.competencyId()).isEqualTo(first.competencyId());
        assertThat(again.alternative()).isEqualTo(1);
        assertThat(again.text()).isNotEqualTo(first.text());
        assertThat(signedIn(as(c, c.employee()), () -> drafts.redraft(drafted, UUID.randomUUID().toString(), 1)))
                .isEmpty();
    }

    @Test
    void onlyThePersonDraftsTheirPlan() {
        UUID employee = c.employee().id();
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> drafts.draft(employee, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> drafts.draft(employee, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.teamLead()), () -> drafts.draft(employee, null, null, null)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> drafts.draft(employee, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> drafts.draft(employee, UUID.randomUUID(), null,
                null))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> drafts.draft(employee, null, 30, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCompanyWithNothingToDraftFromHearsWhatIsMissingAndWhoCanAddIt() {
        Company empty = tenants.create("dvdraftempty");
        DraftedPlan drafted = signedIn(as(empty, empty.member()), () -> drafts.draft(empty.member().id(), null, null,
                "sv"));
        assertThat(drafted.draft()).isNull();
        assertThat(drafted.missing()).extracting(MissingInput.Missing::what).containsExactly(
                MissingInput.What.NO_FRAMEWORK, MissingInput.What.NO_ASSESSMENT, MissingInput.What.EMPTY_LIBRARY);
        assertThat(drafted.missing()).extracting(MissingInput.Missing::who).containsExactly(
                MissingInput.Who.HR_ADMIN, MissingInput.Who.PERSON_OR_MANAGER, MissingInput.Who.HR_ADMIN);
    }
}
