package io.kadens.imports;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@KadensSpringTest
class PeopleImportTest {

    @Autowired
    PeopleImport imports;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    io.kadens.people.OrganisationStructure structure;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.create("imp");
    }

    private <T> T asHrAdmin(java.util.function.Supplier<T> work) {
        return TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), work);
    }

    private ImportReport validate(String csv) {
        CsvUpload upload = CsvUpload.read(csv.getBytes(StandardCharsets.UTF_8));
        return asHrAdmin(() -> imports.validate(upload, ColumnMapping.suggest(upload.headers())));
    }

    private ImportResult apply(byte[] bytes) {
        CsvUpload upload = CsvUpload.read(bytes);
        return asHrAdmin(() -> imports.apply(upload, ColumnMapping.suggest(upload.headers()), ImportProgress.NONE));
    }

    private ImportResult apply(String csv) {
        return apply(csv.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T inTenant(java.util.function.Supplier<T> query) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> query.get()));
    }

    private Result<Record> everything() {
        return inTenant(() -> db.select(EMPLOYEE.fields()).select(DEPARTMENT.NAME).from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID))
                .orderBy(EMPLOYEE.EMAIL).fetch());
    }

    private Record person(String email) {
        return inTenant(() -> db.select(EMPLOYEE.fields()).select(DEPARTMENT.NAME).from(EMPLOYEE)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID))
                .where(EMPLOYEE.EMAIL.eq(email)).fetchOne());
    }

    @Test
    void aFileFullOfBadRowsIsReportedRowByRowAndLeavesTheDatabaseExactlyAsItWas() {
        String manager = company.manager().email();
        String csv = """
                Email,First name,Last name,Department,Manager email,Start date
                good.one@imp.test,Good,One,Sales,%s,2024-01-01
                ,No,Email,Sales,,
                not-an-email,Bad,Email,Sales,,
                good.one@imp.test,Twice,Listed,Sales,,
                lost@imp.test,Lost,Manager,Sales,nobody@imp.test,
                dated@imp.test,Bad,Date,Sales,,2024-13-45
                loop.a@imp.test,Loop,A,Sales,loop.b@imp.test,
                loop.b@imp.test,Loop,B,Sales,loop.a@imp.test,
                self@imp.test,Self,Managed,Sales,self@imp.test,
                noname@imp.test,,,Sales,,
                """.formatted(manager);
        Result<Record> before = everything();
        long departmentsBefore = inTenant(() -> (long) db.fetchCount(DEPARTMENT));

        ImportReport report = validate(csv);
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "people-import.problem.email-missing"),
                org.assertj.core.groups.Tuple.tuple(4, "people-import.problem.email-invalid"),
                org.assertj.core.groups.Tuple.tuple(5, "people-import.problem.email-duplicate"),
                org.assertj.core.groups.Tuple.tuple(6, "people-import.problem.manager-unknown"),
                org.assertj.core.groups.Tuple.tuple(7, "people-import.problem.date-invalid"),
                org.assertj.core.groups.Tuple.tuple(8, "people-import.problem.manager-cycle"),
                org.assertj.core.groups.Tuple.tuple(9, "people-import.problem.manager-cycle"),
                org.assertj.core.groups.Tuple.tuple(10, "people-import.problem.manager-cycle"),
                org.assertj.core.groups.Tuple.tuple(11, "people-import.problem.name-missing"));
        assertThat(report.problems().get(2).detail()).isEqualTo("2");

        assertThatThrownBy(() -> apply(csv)).isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).report().badLines())
                        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertThat(everything()).isEqualTo(before);
        assertThat(everything().size()).isEqualTo(7);
        assertThat(inTenant(() -> (long) db.fetchCount(DEPARTMENT))).isEqualTo(departmentsBefore);
    }

    @Test
    void aWindows1252FileWithSemicolonsKeepsSwedishLetters() {
        String csv = "E-post;Förnamn;Efternamn;Avdelning;Chefens e-post;Startdatum;Språk\r\n"
                + "asa.orn@imp.test;Åsa;Örn;Försäljning;" + company.manager().email() + ";2023-05-02;svenska\r\n"
                + "bjorn.angstrom@imp.test;Björn;Ängström;Försäljning;asa.orn@imp.test;;\r\n";
        byte[] windows = csv.getBytes(CsvUpload.WINDOWS_1252);
        CsvUpload upload = CsvUpload.read(windows);
        assertThat(upload.charset()).isEqualTo("windows-1252");
        assertThat(upload.delimiter()).isEqualTo(';');
        assertThat(ColumnMapping.suggest(upload.headers()).missingRequired()).isEmpty();

        ImportResult result = apply(windows);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0, 1));
        Record asa = person("asa.orn@imp.test");
        assertThat(asa.get(EMPLOYEE.GIVEN_NAME)).isEqualTo("Åsa");
        assertThat(asa.get(EMPLOYEE.FAMILY_NAME)).isEqualTo("Örn");
        assertThat(asa.get(DEPARTMENT.NAME)).isEqualTo("Försäljning");
        assertThat(asa.get(EMPLOYEE.MANAGER_ID)).isEqualTo(company.manager().id());
        assertThat(asa.get(EMPLOYEE.START_DATE)).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(asa.get(EMPLOYEE.PREFERRED_LOCALE)).isEqualTo("sv");
        assertThat(person("bjorn.angstrom@imp.test").get(EMPLOYEE.MANAGER_ID)).isEqualTo(asa.get(EMPLOYEE.ID));
        assertThat(person("bjorn.angstrom@imp.test").get(EMPLOYEE.FAMILY_NAME)).isEqualTo("Ängström");
    }

    @Test
    void utf8WithByteOrderMarkAndFullNamesIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Name,Email\n\"Lindqvist, Märta\",marta@imp.test\nKarl Erik Öberg,karl@imp.test\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        CsvUpload upload = CsvUpload.read(file);
        assertThat(upload.charset()).isEqualTo("UTF-8");
        assertThat(upload.headers()).containsExactly("Name", "Email");

        apply(file);

        assertThat(person("marta@imp.test").get(EMPLOYEE.GIVEN_NAME)).isEqualTo("Märta");
        assertThat(person("marta@imp.test").get(EMPLOYEE.FAMILY_NAME)).isEqualTo("Lindqvist");
        assertThat(person("karl@imp.test").get(EMPLOYEE.GIVEN_NAME)).isEqualTo("Karl Erik");
        assertThat(person("karl@imp.test").get(EMPLOYEE.FAMILY_NAME)).isEqualTo("Öberg");
    }

    @Test
    void reImportUpdatesByEmailNeverDuplicatesAndLeavesAbsentPeopleAlone() {
        String first = """
                Email,First name,Last name,Job title,Location
                new.person@imp.test,New,Person,Analyst,Malmö
                %s,%s,%s,Renamed title,
                """.formatted(company.employee().email().toUpperCase(), company.employee().givenName(),
                company.employee().familyName());
        Record outsiderBefore = person(company.outsider().email());
        assertThat(apply(first)).isEqualTo(new ImportResult(1, 1, 0, 0));
        long versionAfterFirst = person(company.employee().email()).get(EMPLOYEE.VERSION);

        String second = """
                Email,First name,Last name,Job title,Location
                new.person@imp.test,New,Person,Senior analyst,
                %s,%s,%s,Renamed title,
                """.formatted(company.employee().email(), company.employee().givenName(), company.employee().familyName());
        assertThat(apply(second)).isEqualTo(new ImportResult(0, 1, 1, 0));

        assertThat(everything()).hasSize(8);
        Record updated = person("new.person@imp.test");
        assertThat(updated.get(EMPLOYEE.JOB_TITLE)).isEqualTo("Senior analyst");
        assertThat(updated.get(EMPLOYEE.LOCATION)).as("an empty cell keeps the value").isEqualTo("Malmö");
        Record employee = person(company.employee().email());
        assertThat(employee.get(EMPLOYEE.JOB_TITLE)).isEqualTo("Renamed title");
        assertThat(employee.get(EMPLOYEE.MANAGER_ID)).isEqualTo(company.manager().id());
        assertThat(employee.get(EMPLOYEE.VERSION)).as("unchanged rows are not written").isEqualTo(versionAfterFirst);
        assertThat(person(company.outsider().email())).isEqualTo(outsiderBefore);
    }

    @Test
    void aCycleThroughExistingPeopleIsFound() {
        // The CEO would report to the member, who (through existing lines) reports up to the CEO.
        String csv = "Email,First name,Last name,Manager\n%s,%s,%s,%s\n".formatted(company.ceo().email(),
                company.ceo().givenName(), company.ceo().familyName(), company.member().email());
        ImportReport report = validate(csv);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reasonKey()).isEqualTo("people-import.problem.manager-cycle");
            assertThat(problem.detail()).contains(company.ceo().email(), company.member().email(),
                    company.teamLead().email());
        });
        // Moving the manager under someone outside their own line is fine.
        String fine = "Email,First name,Last name,Manager\n%s,%s,%s,%s\n".formatted(company.manager().email(),
                company.manager().givenName(), company.manager().familyName(), company.hrAdmin().email());
        assertThat(validate(fine).valid()).isTrue();
        assertThat(apply(fine).updated()).isEqualTo(1);
        assertThat(person(company.manager().email()).get(EMPLOYEE.MANAGER_ID)).isEqualTo(company.hrAdmin().id());
    }

    @Test
    void missingDepartmentsAreCreatedOnceAndNamedInTheReport() {
        String csv = """
                Email,Name,Department
                a1@imp.test,Ann One,Research
                a2@imp.test,Ann Two,research
                a3@imp.test,Ann Three,%s
                """.formatted(company.organisation().name().contains("x") ? "x" : "imp Sales");
        ImportReport report = validate(csv);
        assertThat(report.departmentsToCreate()).containsExactly("Research");
        assertThat(report.toCreate()).isEqualTo(3);
        apply(csv);
        assertThat(person("a1@imp.test").get(DEPARTMENT.NAME)).isEqualTo("Research");
        assertThat(person("a2@imp.test").get(DEPARTMENT.NAME)).isEqualTo("Research");
        assertThat(person("a3@imp.test").get(EMPLOYEE.DEPARTMENT_ID)).isEqualTo(company.salesId());
    }

    @Test
    void jobFamiliesLevelsAndTeamsAreFoundByNameAndUnknownOnesReported() {
        java.util.UUID family = asHrAdmin(() -> structure.createJobFamily("Engineering", List.of("Junior", "Senior")));
        java.util.UUID team = asHrAdmin(() -> structure.createTeam("Platform", company.salesId(), null, null));
        String csv = """
                Email,Name,Department,Team,Job family,Level,Employment type
                ok@imp.test,Ok Person,imp Sales,platform,engineering,Senior,tillsvidare
                nofamily@imp.test,No Family,imp Sales,,Design,,
                nolevel@imp.test,No Level,imp Sales,,Engineering,Principal,
                noteam@imp.test,No Team,imp Support,Platform,,,
                badtype@imp.test,Bad Type,imp Sales,,,,forever
                """;
        ImportReport report = validate(csv);
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "people-import.problem.job-family-unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "people-import.problem.job-level-unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "people-import.problem.team-unknown"),
                org.assertj.core.groups.Tuple.tuple(6, "people-import.problem.employment-type-invalid"));

        apply("Email,Name,Department,Team,Job family,Level,Employment type\n"
                + "ok@imp.test,Ok Person,imp Sales,platform,engineering,Senior,tillsvidare\n");
        Record ok = person("ok@imp.test");
        assertThat(ok.get(EMPLOYEE.TEAM_ID)).isEqualTo(team);
        assertThat(ok.get(EMPLOYEE.JOB_FAMILY_ID)).isEqualTo(family);
        assertThat(ok.get(EMPLOYEE.JOB_LEVEL_ID)).isNotNull();
        assertThat(ok.get(EMPLOYEE.EMPLOYMENT_TYPE)).isEqualTo("PERMANENT");
    }

    @Test
    void onlyHrAdminsImport() {
        CsvUpload upload = CsvUpload.read("Email,Name\nx@imp.test,X Y\n".getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.suggest(upload.headers());
        assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.as(company, company.manager()),
                () -> imports.apply(upload, mapping, ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.operator(),
                () -> imports.validate(upload, mapping))).isInstanceOf(AccessDeniedException.class);
        assertThat(person("x@imp.test")).isNull();
    }
}
