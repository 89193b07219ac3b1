package io.kadens.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long validating and applying an import of 10,000 people takes (target: under 30 s in
 * total), first as new people, then as a re-import that updates all of them. Not part of the test
 * suite (its name matches no test pattern); run it as the README says.
 */
@KadensSpringTest
class PeopleImportBenchmark {

    static final int PEOPLE = 10_000;

    @Autowired
    PeopleImport imports;
    @Autowired
    TestTenants tenants;

    @Test
    void importTenThousandPeople() {
        Company company = tenants.create("bench");
        run(company, "first import (10,000 new people)", csv(company, "Engineer"));
        run(company, "re-import (10,000 updates)", csv(company, "Senior engineer"));
    }

    private void run(Company company, String label, String csv) {
        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            long started = System.nanoTime();
            CsvUpload upload = CsvUpload.read(csv.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = ColumnMapping.suggest(upload.headers());
            ImportReport report = imports.validate(upload, mapping);
            long validated = System.nanoTime();
            assertThat(report.problems()).isEmpty();
            ImportResult result = imports.apply(upload, mapping, ImportProgress.NONE);
            long applied = System.nanoTime();
            System.out.printf("%n[benchmark] %s: read + validate %.2f s, apply (validates again) %.2f s, total %.2f s"
                            + " (target < 30 s); %s%n", label, (validated - started) / 1e9, (applied - validated) / 1e9,
                    (applied - started) / 1e9, result);
            return result;
        });
    }

    /** A tree: person i reports to person (i - 1) / 8; the first reports to the company's CEO. */
    private static String csv(Company company, String title) {
        StringBuilder csv = new StringBuilder("Email,First name,Last name,Job title,Department,Manager email,Start date\n");
        for (int i = 0; i < PEOPLE; i++) {
            String manager = i == 0 ? company.ceo().email() : "person" + ((i - 1) / 8) + "@bench.test";
            csv.append("person").append(i).append("@bench.test,Person,Number ").append(i).append(',')
                    .append(title).append(",Department ").append(i % 20).append(',').append(manager)
                    .append(",2020-01-").append(String.format("%02d", 1 + i % 28)).append('\n');
        }
        return csv.toString();
    }
}
