package io.kadens.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.imports.ColumnMapping;
import io.kadens.imports.CsvUpload;
import io.kadens.imports.ImportProgress;
import io.kadens.imports.PeopleImport;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.reviews.CycleDraft;
import io.kadens.reviews.CycleKind;
import io.kadens.reviews.ParticipantSelection;
import io.kadens.reviews.ReviewCycle;
import io.kadens.reviews.ReviewCycles;
import io.kadens.reviews.ReviewTemplate;
import io.kadens.reviews.ReviewTemplates;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Prints the server round trip of a 9-box move in a calibration session of 500 people (target: p95 under 200 ms),
 * through the REST endpoint with security, the access check, the optimistic write of the review outcome, the move
 * log and the audit entry, and the answer with where the person stands now. Also prints loading the grid of 500.
 * Not part of the test suite (its name matches no test pattern); run it with {@code -Pbench} or
 * {@code -Dtest=CalibrationMoveBenchmark}.
 */
@KadensSpringTest
class CalibrationMoveBenchmark {

    static final int PEOPLE = 500;
    static final int WARM_UP = 20;
    static final int MOVES = 200;

    @Autowired
    PeopleImport imports;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    CalibrationSessions sessions;
    @Autowired
    TestTenants tenants;
    @Autowired
    MockMvc mvc;

    @Test
    void aMoveInAGridOfFiveHundred() throws Exception {
        Company company = tenants.create("calbench");
        Authentication hr = TestTenants.as(company, company.hrAdmin());
        CalibrationSession session = TestTenants.signedIn(hr, () -> {
            CsvUpload upload = CsvUpload.read(csv(company).getBytes(StandardCharsets.UTF_8));
            imports.apply(upload, ColumnMapping.suggest(upload.headers()), ImportProgress.NONE);
            Set<UUID> departments = structure.departments().stream().map(Department::id).collect(Collectors.toSet());
            ReviewTemplate template = templates.create(ReviewTemplates.starter());
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.SEMI_ANNUAL, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Benchmark", base.kind(), base.templateId(),
                    base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                    new ParticipantSelection(departments, null, null)));
            ReviewCycle launched = cycles.launch(draft.id(), draft.version());
            CalibrationSession created = sessions.create(new SessionDraft(launched.id(), "Benchmark",
                    ScopeKind.DEPARTMENTS, departments, company.hrAdmin().id(), Set.of(company.ceo().id()), null));
            return sessions.open(created.id(), created.version());
        });
        assertThat(session.people()).isGreaterThanOrEqualTo(PEOPLE);
        List<CalibrationPerson> people = TestTenants.signedIn(hr, () -> sessions.people(session.id(), null));
        String base = "/api/v1/calibration/sessions/" + session.id();

        long[] gridLoads = new long[10];
        for (int i = 0; i < gridLoads.length; i++) {
            long started = System.nanoTime();
            int status = mvc.perform(get(base + "/people").with(authentication(hr))).andReturn().getResponse().getStatus();
            gridLoads[i] = System.nanoTime() - started;
            assertThat(status).isEqualTo(200);
        }

        List<Long> moves = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MOVES; i++) {
            CalibrationPerson person = people.get(i % people.size());
            String body = "{\"employeeId\": \"" + person.personId() + "\", \"rating\": " + (1 + i % 5)
                    + ", \"potential\": " + (1 + i % 3) + ", \"reason\": \"Benchmark move " + i + "\", \"version\": "
                    + person.outcomeVersion() + "}";
            long started = System.nanoTime();
            int status = mvc.perform(post(base + "/moves").with(authentication(hr)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            long took = System.nanoTime() - started;
            assertThat(status).isEqualTo(201);
            if (i >= WARM_UP) {
                moves.add(took);
            }
        }
        long[] sorted = moves.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(gridLoads);
        System.out.printf("%n[benchmark] calibration grid of %d people: a 9-box move over REST, %d moves after %d warm-up:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 200 ms)%n",
                session.people(), MOVES, WARM_UP, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
        System.out.printf("[benchmark] loading the grid of %d people over REST: median %.1f ms, max %.1f ms%n",
                session.people(), gridLoads[gridLoads.length / 2] / 1e6, gridLoads[gridLoads.length - 1] / 1e6);
    }

    /** A tree: person i reports to person (i - 1) / 8; the first reports to the company's CEO; 5 departments. */
    private static String csv(Company company) {
        StringBuilder csv = new StringBuilder("Email,First name,Last name,Job title,Department,Manager email,Start date\n");
        for (int i = 0; i < PEOPLE; i++) {
            String manager = i == 0 ? company.ceo().email() : "person" + ((i - 1) / 8) + "@calbench.test";
            csv.append("person").append(i).append("@calbench.test,Person,Number ").append(i)
                    .append(",Engineer,Department ").append(i % 5).append(',').append(manager)
                    .append(",2020-01-15\n");
        }
        return csv.toString();
    }
}
