package io.kadens.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.TestDatabaseInitializer;
import io.kadens.support.TestMailInitializer;
import io.kadens.support.TestOperationsInitializer;
import io.kadens.support.TestSlackInitializer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * What each page of {@link UiLoadBenchmark}'s walk costs the database, per server round trip: the statements
 * sent to PostgreSQL on the request's thread (jOOQ's and raw JDBC's alike), the transactions (each one tenant
 * binding and one commit), the reads of the bound tenant and of the organisation's settings. The walk is the
 * benchmark's own (its client driver, Vaadin's protocol over HTTP) for an employee, a manager and an HR admin of
 * the demo company; the second walk is counted, when the caches a first visit fills are warm
 * (docs/decisions/2026-12-07-ui-statements-per-view.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class,
        TestSlackInitializer.class, TestOperationsInitializer.class})
@Import({StatementsPerRequest.class, DemoSignIns.class})
class UiRequestCostIT {

    static final List<String[]> PERSONAS = List.of(
            new String[] {"acme", "sara.nilsson@acme.example", "employee"},
            new String[] {"acme", "erik.johansson@acme.example", "manager"},
            new String[] {"acme", "anna.lindqvist@acme.example", "HR admin"});

    @LocalServerPort
    int port;
    @Autowired
    DemoSignIns demoSignIns;

    /** One request's round trips, sorted by kind. */
    record Cost(String step, List<String> sql) {
        long transactions() {
            return sql.stream().filter(s -> s.startsWith("select set_config('app.tenant_id'")).count();
        }

        long commits() {
            return sql.stream().filter(s -> s.equals("commit") || s.equals("rollback")).count();
        }

        long tenantReads() {
            return sql.stream().filter(s -> s.startsWith("select current_setting('app.tenant_id', true)")).count();
        }

        long settingsReads() {
            return sql.stream().filter(s -> s.startsWith("select \"public\".\"tenant_settings\"")).count();
        }

        long queries() {
            return sql.size() - transactions() - commits() - tenantReads();
        }
    }

    @Test
    void roundTripsToTheDatabasePerPage() throws Exception {
        demoSignIns.prepare(PERSONAS);
        UiLoadBenchmark driver = new UiLoadBenchmark();
        driver.port = port;
        Map<String, List<Cost>> costs = new LinkedHashMap<>();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            for (String[] persona : PERSONAS) {
                costs.put(persona[2], walk(driver.new Browser(http, false), persona));
            }
        }
        assertThat(driver.errors).as("the walk's failed steps: %s", driver.firstErrors).isEmpty();

        System.out.printf("[cost] %-26s %-10s %5s %5s %5s %5s %5s%n", "step", "persona", "trips", "query", "txn",
                "tenant", "settings");
        for (var entry : costs.entrySet()) {
            for (Cost cost : entry.getValue()) {
                System.out.printf("[cost] %-26s %-10s %5d %5d %5d %5d %5d%n", cost.step(), entry.getKey(),
                        cost.sql().size(), cost.queries(), cost.transactions(), cost.tenantReads(), cost.settingsReads());
            }
        }
        if (Boolean.getBoolean("kadens.cost.sql")) {
            costs.forEach((persona, list) -> list.forEach(cost -> {
                System.out.println("[cost] ---- " + cost.step() + " (" + persona + ")");
                cost.sql().forEach(sql -> System.out.println("[cost]   " + sql.replaceAll("\\s+", " ")
                        .substring(0, Math.min(sql.length(), 220))));
            }));
        }
        for (var entry : costs.entrySet()) {
            for (Cost cost : entry.getValue()) {
                String what = cost.step() + " (" + entry.getKey() + ")\n" + String.join("\n", cost.sql());
                // The bound tenant is read from the connection at most once per transaction.
                assertThat(cost.tenantReads()).as(what).isLessThanOrEqualTo(cost.transactions());
                // The organisation's settings are read at most once per round trip.
                assertThat(cost.settingsReads()).as(what).isLessThanOrEqualTo(1);
            }
        }
        // The feedback page asks about a manager's people all at once: a few transactions more than for an employee
        // (everyone below, and whose feedback may be read, among them), not three per person (23 more before).
        assertThat(step(costs, "manager", "feedback").transactions())
                .isLessThanOrEqualTo(step(costs, "employee", "feedback").transactions() + 4);
    }

    private static Cost step(Map<String, List<Cost>> costs, String persona, String step) {
        return costs.get(persona).stream().filter(cost -> cost.step().equals(step)).findFirst().orElseThrow();
    }

    /** Signs in, loads home, walks twice; answers the costs of the home page load and of the second walk. */
    private List<Cost> walk(UiLoadBenchmark.Browser browser, String[] persona) throws Exception {
        List<Cost> costs = new ArrayList<>();
        StatementsPerRequest.clear();
        browser.load("login", "login", "\"organisation\"");
        browser.signIn(persona[0], persona[1]);
        browser.unload();
        browser.load("", "home", "\"my-manager\"");
        // Three requests to the sign-in page, the sign-in click, the unload beacon, then the home page's three.
        costs.add(new Cost("home: first navigation", StatementsPerRequest.nth(8)));
        for (int round = 0; round < 2; round++) {
            List<Cost> walk = new ArrayList<>();
            String goals = browser.navigate("goals", "my goals", "\"goals-content\"");
            walk.add(new Cost("my goals", StatementsPerRequest.nth(1)));
            Matcher goal = UiLoadBenchmark.GOAL_LINK.matcher(goals);
            if (goal.find()) {
                browser.navigate("goals/" + goal.group(1), "goal detail", "\"goal-heading\"");
                walk.add(new Cost("goal detail", StatementsPerRequest.nth(1)));
            }
            browser.navigate("feedback", "feedback", "\"feedback-tabs\"");
            walk.add(new Cost("feedback", StatementsPerRequest.nth(1)));
            browser.click("feedback-tab-given", "feedback: tab click");
            walk.add(new Cost("feedback: tab click", StatementsPerRequest.nth(1)));
            browser.navigate("one-on-ones", "1:1s", "\"oneonones-");
            walk.add(new Cost("1:1s", StatementsPerRequest.nth(1)));
            browser.navigate("people", "people", "\"people-grid\"");
            walk.add(new Cost("people", StatementsPerRequest.nth(1)));
            browser.navigate("", "home", "\"my-manager\"");
            walk.add(new Cost("home", StatementsPerRequest.nth(1)));
            if (round == 1) {
                costs.addAll(walk);
            }
        }
        return costs;
    }
}
