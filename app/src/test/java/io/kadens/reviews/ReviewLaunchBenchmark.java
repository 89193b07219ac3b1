package io.kadens.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.imports.ColumnMapping;
import io.kadens.imports.CsvUpload;
import io.kadens.imports.ImportProgress;
import io.kadens.imports.PeopleImport;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long launching a review cycle for 10,000 people takes (target: under 30 s, all or nothing):
 * resolving the selection, adding the participants and creating every self and manager review. Not part of
 * the test suite (its name matches no test pattern); run it with {@code -Pbench}.
 */
@KadensSpringTest
class ReviewLaunchBenchmark {

    static final int PEOPLE = 10_000;

    @Autowired
    PeopleImport imports;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    TestTenants tenants;

    @Test
    void launchForTenThousandPeople() {
        Company company = tenants.create("rvbench");
        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            CsvUpload upload = CsvUpload.read(csv(company).getBytes(StandardCharsets.UTF_8));
            imports.apply(upload, ColumnMapping.suggest(upload.headers()), ImportProgress.NONE);
            Set<UUID> departments = structure.departments().stream().map(Department::id).collect(Collectors.toSet());
            ReviewTemplate template = templates.create(ReviewTemplates.starter());
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.ANNUAL, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Benchmark", base.kind(), base.templateId(),
                    base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                    new ParticipantSelection(departments, null, null)));
            long started = System.nanoTime();
            ReviewCycle launched = cycles.launch(draft.id(), draft.version());
            long took = System.nanoTime() - started;
            assertThat(launched.progress().participants()).isGreaterThanOrEqualTo(PEOPLE);
            System.out.printf("%n[benchmark] launching a review cycle for %d people (%d reviews): %.2f s (target < 30 s)%n",
                    launched.progress().participants(), launched.progress().reviews(), took / 1e9);
            return launched;
        });
    }

    /** A tree: person i reports to person (i - 1) / 8; the first reports to the company's CEO; 20 departments. */
    private static String csv(Company company) {
        StringBuilder csv = new StringBuilder("Email,First name,Last name,Job title,Department,Manager email,Start date\n");
        for (int i = 0; i < PEOPLE; i++) {
            String manager = i == 0 ? company.ceo().email() : "person" + ((i - 1) / 8) + "@rvbench.test";
            csv.append("person").append(i).append("@rvbench.test,Person,Number ").append(i)
                    .append(",Engineer,Department ").append(i % 20).append(',').append(manager)
                    .append(",2020-01-15\n");
        }
        return csv.toString();
    }
}
