package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.people.JobFamily;
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

    CompetencyTestData(CompetencyFrameworks frameworks, OrganisationStructure structure) {
        this.frameworks = frameworks;
        this.structure = structure;
    }

    public record Seeded(UUID jobFamily, UUID juniorLevel, UUID seniorLevel, UUID coreCompetency,
                         UUID functionalCompetency) {
    }

    public Seeded seed(Company company) {
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
            return new Seeded(family, junior, senior, core, functional);
        });
    }
}
