package io.kadens.people;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how long the reporting-line queries take in a company of 10,000 people (a tree eight wide,
 * five levels deep). Not part of the normal run (the name does not end in Test); run it with
 * {@code mvn ... -pl app -am verify -Dtest=ReportingLineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 * It asserts what the queries return, never how fast they are.
 */
@KadensSpringTest
class ReportingLineBenchmark {

    static final int PEOPLE = 10_000;
    static final int WIDTH = 8;

    @Autowired
    TestTenants tenants;
    @Autowired
    PeopleService people;
    @Autowired
    PeopleRepository repository;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void tenThousandPeople() {
        Company c = tenants.create("bench");
        List<UUID> ids = new ArrayList<>();
        List<UUID> managers = new ArrayList<>();
        long started = System.nanoTime();
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            // Breadth first, so that every manager exists before their reports; the CEO of the test company on top.
            ids.add(c.ceo().id());
            int next = 0;
            while (ids.size() < PEOPLE) {
                UUID manager = ids.get(next++);
                var insert = db.insertInto(EMPLOYEE, EMPLOYEE.TENANT_ID, EMPLOYEE.ID, EMPLOYEE.EMAIL,
                        EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.JOB_TITLE, EMPLOYEE.MANAGER_ID,
                        EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.LOCATION);
                for (int i = 0; i < WIDTH && ids.size() < PEOPLE; i++) {
                    UUID id = UUID.randomUUID();
                    int n = ids.size();
                    insert = insert.values(c.id().value(), id, "p" + n + "@bench.test", NAMES[n % NAMES.length],
                            "Person" + n, "Engineer " + (n % 7), manager, c.salesId(), n % 3 == 0 ? "Malmö" : "Stockholm");
                    ids.add(id);
                }
                insert.execute();
                managers.add(manager);
            }
            db.execute("ANALYZE employee");
        }));
        System.out.printf("%n[benchmark] inserted %,d people in %,d ms%n", PEOPLE, (System.nanoTime() - started) / 1_000_000);

        var hr = as(c, c.hrAdmin());
        UUID ceo = c.ceo().id();
        UUID middle = ids.get(1 + WIDTH);   // a manager two levels down
        UUID leaf = ids.get(ids.size() - 1);

        measure("everyone under the CEO (whole company)", () -> signedIn(hr, () -> people.everyoneUnder(ceo)).size());
        measure("everyone under a second-level manager", () -> signedIn(hr, () -> people.everyoneUnder(middle)).size());
        measure("org chart: CEO's reports with headcounts", () -> signedIn(hr, () -> people.orgChartChildren(ceo)).size());
        measure("org chart: roots with headcounts", () -> signedIn(hr, () -> people.orgChartRoots()).size());
        measure("managers above a person at the bottom", () -> signedIn(hr, () -> people.managerChain(leaf)).size());
        measure("is A above B (private-field access check)", () -> signedIn(hr, () -> people.isAbove(ceo, leaf)) ? 1 : 0);
        measure("directory search 'person12'", () -> signedIn(hr, () -> people.search("person12")).size());
        measure("directory search two words 'malmö engineer 3'", () -> signedIn(hr, () -> people.search("malmö engineer 3")).size());

        explain(c, "WITH RECURSIVE below(id, depth) AS (SELECT id, 1 FROM employee WHERE manager_id = '" + middle
                + "' UNION ALL SELECT e.id, b.depth + 1 FROM employee e JOIN below b ON e.manager_id = b.id"
                + " WHERE b.depth < 10000) SELECT id FROM below");
        explain(c, "SELECT id FROM employee WHERE status = 'ACTIVE' AND search_text LIKE '%person12%'"
                + " ORDER BY family_name, given_name, id LIMIT 200");
        assertThat(signedIn(hr, () -> people.everyoneUnder(ceo))).hasSize(PEOPLE - 1 + 6);
        assertThat(signedIn(hr, () -> people.managerChain(leaf))).last().isEqualTo(ceo);
        var top = signedIn(hr, () -> people.orgChartRoots()).stream().filter(n -> n.person().id().equals(ceo)).findFirst()
                .orElseThrow();
        assertThat(top.headcount()).isEqualTo(PEOPLE - 1 + 6);
    }

    private void explain(Company c, String sql) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                db.fetch("EXPLAIN (ANALYZE, COSTS OFF) " + sql).forEach(r -> System.out.println("[explain] " + r.get(0)))));
    }

    private static void measure(String what, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < 3; i++) {
            rows = query.get();   // warm-up: plans and caches
        }
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            query.get();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("[benchmark] %-48s rows %,6d   median %7.2f ms   p90 %7.2f ms%n", what, rows,
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.9)] / 1e6);
    }

    private static final String[] NAMES = {"Anna", "Erik", "Sara", "Johan", "Maria", "Lars", "Emma", "Karl"};
}
