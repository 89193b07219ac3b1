package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.competencies.CompetencyImportReport.Action;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The framework: validation, HR-only changes, optimistic locking, the expectation matrix, the scale, CSV import. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencyFrameworksTest {

    @Autowired
    CompetencyFrameworks frameworks;
    @Autowired
    CompetencyTestData data;
    @Autowired
    TestTenants tenants;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    CompetencyTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("compa");
        b = tenants.create("compb");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private <T> T asEmployee(Company company, Supplier<T> work) {
        return signedIn(as(company, company.employee()), work);
    }

    private static CompetencyData named(String name) {
        return new CompetencyData(name, "", CompetencyGroup.LEADERSHIP, null, List.of("One", "Two"));
    }

    @Test
    void everyoneReadsTheFrameworkButOnlyHrAdminsChangeIt() {
        List<Competency> seen = asEmployee(a, () -> frameworks.competencies(false));
        assertThat(seen).extracting(Competency::name)
                .contains("Communication " + a.slug(), "Testing " + a.slug())
                .noneMatch(name -> name.contains(b.slug()));
        assertThatThrownBy(() -> asEmployee(a, () -> frameworks.create(named("Sneaky"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> frameworks.setExpectation(aSeeds.coreCompetency(),
                aSeeds.juniorLevel(), 3, 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(asEmployee(a, () -> frameworks.expectationsOfLevel(aSeeds.seniorLevel())))
                .containsEntry(aSeeds.coreCompetency(), 4);
        assertThat(asEmployee(a, () -> frameworks.expectationsOfLevel(bSeeds.seniorLevel()))).isEmpty();
    }

    @Test
    void invalidCompetenciesAreRefusedFieldByFieldAndNothingIsStored() {
        int before = asAdmin(a, () -> frameworks.competencies(true)).size();
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.create(new CompetencyData("  ", "",
                CompetencyGroup.FUNCTIONAL, null, List.of("1", "2", "3", "4", "5", "6")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "competencies.name.required")
                        .containsEntry("jobFamilyId", "competencies.family.required")
                        .containsEntry("indicators", "competencies.indicators.beyond-scale"));
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.create(new CompetencyData("COMMUNICATION " + a.slug(), "",
                CompetencyGroup.CORE, aSeeds.jobFamily(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "competencies.name.taken")
                        .containsEntry("jobFamilyId", "competencies.family.not-functional"));
        // Another tenant's family is no family here.
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.create(new CompetencyData("Foreign family", "",
                CompetencyGroup.FUNCTIONAL, bSeeds.jobFamily(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("jobFamilyId", "competencies.family.required"));
        assertThat(asAdmin(a, () -> frameworks.competencies(true))).hasSize(before);
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherSaveKept() {
        UUID id = asAdmin(a, () -> frameworks.create(named("Delegation")));
        long version = asAdmin(a, () -> frameworks.update(id, new CompetencyData("Delegating", " Hands over ",
                CompetencyGroup.LEADERSHIP, null, List.of("Asks", "Trusts", " ")), 0));
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.update(id, named("Lost edit"), 0)))
                .isInstanceOf(ConcurrentEditException.class);
        Competency stored = asAdmin(a, () -> frameworks.competency(id)).orElseThrow();
        assertThat(stored.version()).isEqualTo(version).isEqualTo(1);
        assertThat(stored.name()).isEqualTo("Delegating");
        assertThat(stored.data().description()).isEqualTo("Hands over");
        assertThat(stored.data().indicators()).containsExactly("Asks", "Trusts");
    }

    @Test
    void expectationsFollowTheFamilyAndTheScale() {
        UUID functional = aSeeds.functionalCompetency();
        long version = asAdmin(a, () -> frameworks.competency(functional)).orElseThrow().version();
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.setExpectation(functional, bSeeds.juniorLevel(), 2, version)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("jobLevelId", "competencies.expectation.level.unknown"));
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.setExpectation(functional, aSeeds.seniorLevel(), 6, version)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("level", "competencies.expectation.level.invalid"));
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.setExpectation(functional, aSeeds.seniorLevel(), 2, version + 7)))
                .isInstanceOf(ConcurrentEditException.class);
        long next = asAdmin(a, () -> frameworks.setExpectation(functional, aSeeds.seniorLevel(), 3, version));
        assertThat(next).isEqualTo(version + 1);
        asAdmin(a, () -> frameworks.setExpectation(functional, aSeeds.juniorLevel(), null, next));
        assertThat(asAdmin(a, () -> frameworks.expectations(aSeeds.jobFamily())))
                .filteredOn(e -> e.competencyId().equals(functional))
                .extracting(Expectation::jobLevelId, Expectation::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(aSeeds.seniorLevel(), 3));
    }

    @Test
    void theScaleShrinksOnlyWhenNoLevelAboveItIsInUse() {
        Company c = tenants.create("compscale");
        CompetencyTestData.Seeded seeds = data.seed(c);
        CompetencyFrameworks.Scale scale = asAdmin(c, () -> frameworks.scale());
        assertThat(scale.levels()).isEqualTo(5);
        // The core competency describes five levels.
        assertThatThrownBy(() -> asAdmin(c, () -> frameworks.changeScale(4, scale.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("levels", "competencies.scale.in-use"));
        Competency core = asAdmin(c, () -> frameworks.competency(seeds.coreCompetency())).orElseThrow();
        asAdmin(c, () -> frameworks.update(core.id(), new CompetencyData(core.name(), "", CompetencyGroup.CORE, null,
                List.of("1", "2", "3", "4")), core.version()));
        CompetencyFrameworks.Scale four = asAdmin(c, () -> frameworks.changeScale(4, scale.version()));
        assertThat(four.levels()).isEqualTo(4);
        assertThatThrownBy(() -> asAdmin(c, () -> frameworks.changeScale(5, scale.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> asAdmin(c, () -> frameworks.changeScale(3, four.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asEmployee(b, () -> frameworks.scale()).levels()).isEqualTo(5);
    }

    @Test
    void aCsvImportStoresEveryRowOrNone() {
        Company c = tenants.create("compcsv");
        CompetencyTestData.Seeded seeds = data.seed(c);
        String family = "Engineering " + c.slug();
        String broken = """
                name,description,group,job_family,indicator_1,indicator_2
                Curiosity,Asks why,core,,Asks,Explores
                Architecture,,functional,Nowhere,Sketches,Designs
                ,No name,leadership,,,
                Coaching,,mentoring,,,
                Curiosity,Twice,core,,,
                """;
        CompetencyImportReport refused = asAdmin(c, () -> frameworks.importCsv(broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).extracting(CompetencyImportReport.Problem::line, CompetencyImportReport.Problem::column,
                        CompetencyImportReport.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "job_family", "competencies.import.unknown-family"),
                        org.assertj.core.groups.Tuple.tuple(4, "name", "competencies.name.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "group", "competencies.import.bad-group"),
                        org.assertj.core.groups.Tuple.tuple(6, "name", "competencies.import.duplicate-name"));
        assertThat(asAdmin(c, () -> frameworks.competencies(true))).hasSize(2);

        String good = "\uFEFFname,description,group,job_family,indicator_1,indicator_2\n"
                + "Curiosity,Asks why,core,,Asks,Explores\n"
                + "Architecture,,functional," + family + ",Sketches,Designs\n"
                + "communication " + c.slug() + ",Updated by import,core,,Listens,Explains\n";
        CompetencyImportReport report = asAdmin(c, () -> frameworks.importCsv(good.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.problems()).isEmpty();
        assertThat(report.outcomes()).extracting(CompetencyImportReport.RowOutcome::line,
                        CompetencyImportReport.RowOutcome::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(3, Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(4, Action.UPDATED));
        List<Competency> all = asAdmin(c, () -> frameworks.competencies(true));
        assertThat(all).hasSize(4);
        Competency architecture = all.stream().filter(x -> x.name().equals("Architecture")).findFirst().orElseThrow();
        assertThat(architecture.data().jobFamilyId()).isEqualTo(seeds.jobFamily());
        assertThat(architecture.data().group()).isEqualTo(CompetencyGroup.FUNCTIONAL);
        Competency communication = asAdmin(c, () -> frameworks.competency(seeds.coreCompetency())).orElseThrow();
        assertThat(communication.data().description()).isEqualTo("Updated by import");
        assertThat(communication.data().indicators()).containsExactly("Listens", "Explains");

        assertThat(asAdmin(c, () -> frameworks.importCsv(new byte[0])).problems())
                .extracting(CompetencyImportReport.Problem::messageKey).containsExactly("competencies.import.empty");
        assertThat(asAdmin(c, () -> frameworks.importCsv("title\nx\n".getBytes(StandardCharsets.UTF_8))).problems())
                .extracting(CompetencyImportReport.Problem::messageKey)
                .containsOnly("competencies.import.missing-column");
        assertThatThrownBy(() -> asEmployee(c, () -> frameworks.importCsv(good.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCompetencyNobodyWasRatedOnIsDeletedAndAnotherTenantsCannotBeTouched() {
        UUID id = asAdmin(a, () -> frameworks.create(named("Short-lived")));
        assertThat(asAdmin(a, () -> frameworks.remove(id, 0))).isEqualTo(RemovalOutcome.DELETED);
        assertThat(asAdmin(a, () -> frameworks.competency(id))).isEmpty();
        assertThat(asAdmin(a, () -> frameworks.competency(bSeeds.coreCompetency()))).isEmpty();
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.remove(bSeeds.coreCompetency(), 0)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.update(bSeeds.coreCompetency(), named("x"), 0)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(asAdmin(b, () -> frameworks.competency(bSeeds.coreCompetency()))).isPresent();
    }

    @Test
    void archivedCompetenciesLeaveTheActiveListAndTakeNoExpectations() {
        UUID id = asAdmin(a, () -> frameworks.create(named("Old habit")));
        asAdmin(a, () -> {
            frameworks.archive(id, true, 0);
            return null;
        });
        assertThat(asEmployee(a, () -> frameworks.competencies(false))).extracting(Competency::id).doesNotContain(id);
        assertThat(asEmployee(a, () -> frameworks.competencies(true))).extracting(Competency::id).contains(id);
        assertThatThrownBy(() -> asAdmin(a, () -> frameworks.setExpectation(id, aSeeds.juniorLevel(), 2, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("competencyId", "competencies.archived"));
    }
}
