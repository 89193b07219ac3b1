package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.people.EditablePerson;
import io.kadens.people.JobFamily;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PersonFields;
import io.kadens.people.OrganisationStructure;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A job family with two levels, a core and a functional competency with expectations, in a test
 * company; names contain the company's slug so that a leak shows in any response. For the isolation suite.
 */
@Component
public class CompetencyTestData {

    private final CompetencyFrameworks frameworks;
    private final OrganisationStructure structure;
    private final Assessments assessments;
    private final PeopleAdministration people;

    CompetencyTestData(CompetencyFrameworks frameworks, OrganisationStructure structure, Assessments assessments,
                       PeopleAdministration people) {
        this.frameworks = frameworks;
        this.structure = structure;
        this.assessments = assessments;
        this.people = people;
    }

    /** The employee is a Junior of the family; their manager rated them (assessment), they rated themselves. */
    public record Seeded(UUID jobFamily, UUID juniorLevel, UUID seniorLevel, UUID coreCompetency,
                         UUID functionalCompetency, UUID assessment, UUID selfAssessment) {
    }

    /** Puts a person on a level of a family (as the company's HR admin). */
    public void place(Company company, UUID personId, UUID familyId, UUID levelId) {
        signedIn(as(company, company.hrAdmin()), () -> {
            EditablePerson editable = people.editable(personId).orElseThrow();
            PersonFields f = editable.fields();
            return people.update(personId, new PersonFields(f.givenName(), f.familyName(), f.email(), f.jobTitle(),
                    f.departmentId(), f.teamId(), f.managerId(), familyId, levelId, f.location(), f.phone(),
                    f.startDate(), f.employmentType(), f.preferredLocale()), editable.version());
        });
    }

    public Seeded seed(Company company) {
        return assess(framework(company), company);
    }

    /** The framework part only: family, levels, competencies and expectations. */
    public Seeded framework(Company company) {
        return signedIn(as(company, company.hrAdmin()), () -> {
            UUID family = structure.createJobFamily("Engineering " + company.slug(), List.of("Junior", "Senior"));
            JobFamily created = structure.jobFamilies().stream().filter(f -> f.id().equals(family)).findFirst()
                    .orElseThrow();
            UUID junior = created.levels().get(0).id();
            UUID senior = created.levels().get(1).id();
            UUID core = frameworks.create(new CompetencyData("Communication " + company.slug(),
                    "Shares information of " + company.slug(), CompetencyGroup.CORE, null,
                    List.of("Listens", "Explains", "Adapts", "Persuades", "Shapes")));
            UUID functional = frameworks.create(new CompetencyData("Testing " + company.slug(), "",
                    CompetencyGroup.FUNCTIONAL, family, List.of("Runs tests", "Writes tests", "Designs suites")));
            long version = frameworks.setExpectation(core, junior, 2, 0);
            frameworks.setExpectation(core, senior, 4, version);
            frameworks.setExpectation(functional, junior, 1, 0);
            return new Seeded(family, junior, senior, core, functional, null, null);
        });
    }

    private Seeded assess(Seeded seeded, Company company) {
        place(company, company.employee().id(), seeded.jobFamily(), seeded.juniorLevel());
        UUID byManager = signedIn(as(company, company.manager()), () -> assessments.record(company.employee().id(),
                AssessmentKind.MANAGER, List.of(new Rating(seeded.coreCompetency(), 1,
                        "Quiet in meetings of " + company.slug(), Evidence.NONE))));
        UUID bySelf = signedIn(as(company, company.employee()), () -> assessments.record(company.employee().id(),
                AssessmentKind.SELF, List.of(new Rating(seeded.coreCompetency(), 3, "", Evidence.NONE),
                        new Rating(seeded.functionalCompetency(), 2, "", Evidence.NONE))));
        return new Seeded(seeded.jobFamily(), seeded.juniorLevel(), seeded.seniorLevel(), seeded.coreCompetency(),
                seeded.functionalCompetency(), byManager, bySelf);
    }
}
