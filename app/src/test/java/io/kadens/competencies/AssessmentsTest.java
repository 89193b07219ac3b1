package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.goals.GoalsTestData;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Assessments: who rates whom, who sees them (service and row policy), evidence, skill profile, team matrix. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentsTest {

    @Autowired
    Assessments assessments;
    @Autowired
    CompetencyFrameworks frameworks;
    @Autowired
    AssessmentRepository repository;
    @Autowired
    CompetencyTestData data;
    @Autowired
    GoalsTestData goalsData;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    CompetencyTestData.Seeded bSeeds;
    GoalsTestData.Seeded aGoals;
    GoalsTestData.Seeded bGoals;

    @BeforeAll
    void companies() {
        a = tenants.create("assessa");
        b = tenants.create("assessb");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
        aGoals = goalsData.seed(a);
        bGoals = goalsData.seed(b);
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(a, person), work);
    }

    private Rating rating(UUID competency, int level) {
        return new Rating(competency, level, "", Evidence.NONE);
    }

    @Test
    void thePersonTheirManagerChainAndHrSeeAssessmentsAndNobodyElse() {
        UUID employee = a.employee().id();
        for (Person viewer : List.of(a.employee(), a.manager(), a.ceo(), a.hrAdmin())) {
            assertThat(as(viewer, () -> assessments.of(employee))).as(viewer.familyName())
                    .extracting(Assessment::id).contains(aSeeds.assessment(), aSeeds.selfAssessment());
            assertThat(as(viewer, () -> assessments.assessment(aSeeds.assessment()))).isPresent();
        }
        for (Person outsider : List.of(a.teamLead(), a.member())) {
            assertThatThrownBy(() -> as(outsider, () -> assessments.of(employee))).as(outsider.familyName())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> as(outsider, () -> assessments.profile(employee)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(as(outsider, () -> assessments.assessment(aSeeds.assessment()))).isEmpty();
        }
        Assessment byManager = as(a.employee(), () -> assessments.assessment(aSeeds.assessment())).orElseThrow();
        assertThat(byManager.kind()).isEqualTo(AssessmentKind.MANAGER);
        assertThat(byManager.assessorName()).contains(a.manager().familyName());
        assertThat(byManager.ratings()).singleElement().satisfies(r -> assertThat(r.comment()).contains("Quiet"));
        // Another tenant's assessment is no assessment here, even for HR.
        assertThat(as(a.hrAdmin(), () -> assessments.assessment(bSeeds.assessment()))).isEmpty();
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> assessments.of(b.employee().id())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theRowPolicyHidesAssessmentsFromASignedInPersonOutsideTheChainWhateverTheQuery() {
        TransactionTemplate reads = new TransactionTemplate(transactionManager);
        reads.setReadOnly(true);
        int asLead = as(a.teamLead(), () -> reads.execute(tx -> repository.visibleCount()));
        int asManager = as(a.manager(), () -> reads.execute(tx -> repository.visibleCount()));
        int asHr = as(a.hrAdmin(), () -> reads.execute(tx -> repository.visibleCount()));
        int asEmployee = as(a.employee(), () -> reads.execute(tx -> repository.visibleCount()));
        assertThat(asLead).isZero();
        assertThat(asEmployee).isGreaterThanOrEqualTo(2);
        assertThat(asManager).isGreaterThanOrEqualTo(asEmployee);
        assertThat(asHr).isGreaterThanOrEqualTo(asManager);
    }

    @Test
    void peopleRateThemselvesAndManagersRateThoseBelowThem() {
        UUID employee = a.employee().id();
        assertThatThrownBy(() -> as(a.manager(), () -> assessments.record(employee, AssessmentKind.SELF,
                List.of(rating(aSeeds.coreCompetency(), 2))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a.teamLead(), () -> assessments.record(employee, AssessmentKind.MANAGER,
                List.of(rating(aSeeds.coreCompetency(), 2))))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> assessments.record(employee, AssessmentKind.MANAGER,
                List.of(rating(aSeeds.coreCompetency(), 2))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a.manager(), () -> assessments.record(b.employee().id(), AssessmentKind.MANAGER,
                List.of(rating(aSeeds.coreCompetency(), 2))))).isInstanceOf(ResourceNotFoundException.class);
        UUID byCeo = as(a.ceo(), () -> assessments.record(employee, AssessmentKind.MANAGER,
                List.of(rating(aSeeds.functionalCompetency(), 2))));
        assertThat(as(a.employee(), () -> assessments.assessment(byCeo))).isPresent();
    }

    @Test
    void invalidRatingsAreRefusedAndNothingIsStored() {
        UUID employee = a.employee().id();
        int before = as(a.employee(), () -> assessments.of(employee)).size();
        assertThatThrownBy(() -> as(a.manager(), () -> assessments.record(employee, AssessmentKind.MANAGER, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ratings", "assessments.ratings.required"));
        assertThatThrownBy(() -> as(a.manager(), () -> assessments.record(employee, AssessmentKind.MANAGER, List.of(
                rating(aSeeds.coreCompetency(), 6), rating(aSeeds.coreCompetency(), 2),
                rating(bSeeds.coreCompetency(), 2),
                new Rating(aSeeds.functionalCompetency(), 2, "x".repeat(2001), Evidence.NONE)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ratings[0].level", "assessments.level.invalid")
                        .containsEntry("ratings[1].competencyId", "assessments.competency.twice")
                        .containsEntry("ratings[2].competencyId", "assessments.competency.unknown")
                        .containsEntry("ratings[3].comment", "assessments.comment.too-long"));
        assertThatThrownBy(() -> as(a.manager(), () -> assessments.record(employee, AssessmentKind.MANAGER, List.of(
                new Rating(aSeeds.coreCompetency(), 2, "", new Evidence(List.of(bGoals.goal()), List.of(), List.of())),
                new Rating(aSeeds.functionalCompetency(), 2, "", new Evidence(List.of(), List.of(UUID.randomUUID()),
                        List.of(UUID.randomUUID())))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ratings[0].evidence", "assessments.evidence.unknown")
                        .containsEntry("ratings[1].evidence", "assessments.evidence.unknown"));
        assertThat(as(a.employee(), () -> assessments.of(employee))).hasSize(before);
    }

    @Test
    void evidenceTheAssessorMaySeeIsKeptAndShown() {
        UUID employee = a.employee().id();
        UUID id = as(a.manager(), () -> assessments.record(employee, AssessmentKind.MANAGER, List.of(
                new Rating(aSeeds.functionalCompetency(), 2, "Wrote the suite",
                        new Evidence(List.of(aGoals.goal()), List.of(), List.of())))));
        Assessment seen = as(a.employee(), () -> assessments.assessment(id)).orElseThrow();
        assertThat(seen.ratings().getFirst().evidence().goalIds()).containsExactly(aGoals.goal());
    }

    @Test
    void theSkillProfileSetsTheLatestRatingsAgainstTheLevelsExpectations() {
        Company c = tenants.create("assessprofile");
        CompetencyTestData.Seeded seeds = data.seed(c);
        SkillProfile profile = signedIn(TestTenants.as(c, c.employee()), () -> assessments.profile(c.employee().id()));
        assertThat(profile.jobLevelId()).isEqualTo(seeds.juniorLevel());
        assertThat(profile.scale()).isEqualTo(5);
        SkillProfile.Row core = profile.rows().stream().filter(r -> r.competencyId().equals(seeds.coreCompetency()))
                .findFirst().orElseThrow();
        assertThat(core.expected()).isEqualTo(2);
        assertThat(core.self()).isEqualTo(3);
        assertThat(core.manager()).isEqualTo(1);
        assertThat(core.current()).isEqualTo(1);
        assertThat(core.gap()).isEqualTo(1);
        SkillProfile.Row functional = profile.rows().stream()
                .filter(r -> r.competencyId().equals(seeds.functionalCompetency())).findFirst().orElseThrow();
        assertThat(functional.current()).isEqualTo(2);
        assertThat(functional.gap()).isEqualTo(-1);
        // A newer manager rating replaces the older one.
        signedIn(TestTenants.as(c, c.manager()), () -> assessments.record(c.employee().id(), AssessmentKind.MANAGER,
                List.of(new Rating(seeds.coreCompetency(), 2, "", Evidence.NONE))));
        SkillProfile later = signedIn(TestTenants.as(c, c.manager()), () -> assessments.profile(c.employee().id()));
        assertThat(later.rows()).filteredOn(r -> r.competencyId().equals(seeds.coreCompetency()))
                .singleElement().satisfies(r -> assertThat(r.gap()).isZero());

        TeamMatrix matrix = signedIn(TestTenants.as(c, c.manager()), () -> assessments.teamMatrix(null));
        assertThat(matrix.people()).extracting(TeamMatrix.Row::personId)
                .contains(c.employee().id(), c.teamLead().id(), c.member().id()).doesNotContain(c.hrAdmin().id());
        TeamMatrix.Row employeeRow = matrix.people().stream().filter(r -> r.personId().equals(c.employee().id()))
                .findFirst().orElseThrow();
        assertThat(employeeRow.current()).containsEntry(seeds.coreCompetency(), 2);
        assertThat(employeeRow.expected()).containsEntry(seeds.coreCompetency(), 2);
        assertThat(matrix.competencies()).extracting(TeamMatrix.Column::competencyId)
                .contains(seeds.coreCompetency(), seeds.functionalCompetency());
        TeamMatrix leads = signedIn(TestTenants.as(c, c.teamLead()), () -> assessments.teamMatrix(null));
        assertThat(leads.people()).extracting(TeamMatrix.Row::personId).containsExactly(c.member().id());
        assertThat(signedIn(TestTenants.as(c, c.hrAdmin()), () -> assessments.teamMatrix(c.manager().id())).people())
                .hasSize(matrix.people().size());
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.teamLead()), () -> assessments.teamMatrix(c.manager().id())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aCompetencySomeoneWasRatedOnIsArchivedInsteadOfDeleted() {
        Company c = tenants.create("assessarchive");
        CompetencyTestData.Seeded seeds = data.seed(c);
        long version = signedIn(TestTenants.as(c, c.hrAdmin()), () -> frameworks.competency(seeds.coreCompetency()))
                .orElseThrow().version();
        assertThat(signedIn(TestTenants.as(c, c.hrAdmin()), () -> frameworks.remove(seeds.coreCompetency(), version)))
                .isEqualTo(RemovalOutcome.ARCHIVED);
        Competency kept = signedIn(TestTenants.as(c, c.hrAdmin()), () -> frameworks.competency(seeds.coreCompetency()))
                .orElseThrow();
        assertThat(kept.archived()).isTrue();
        assertThat(signedIn(TestTenants.as(c, c.employee()), () -> assessments.of(c.employee().id())))
                .flatExtracting(Assessment::ratings).extracting(Rating::competencyId).contains(seeds.coreCompetency());
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.manager()), () -> assessments.record(c.employee().id(),
                AssessmentKind.MANAGER, List.of(new Rating(seeds.coreCompetency(), 2, "", Evidence.NONE)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ratings[0].competencyId", "competencies.archived"));
    }
}
