package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.FakeSmtpServer.ReceivedMail;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import io.kadens.tenants.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two production jars (two JVMs on two ports) on one database, each with its own headless Chromium signed in:
 * Sara gives Oskar feedback and asks him for feedback on instance A, and Oskar finds both on instance B.
 * Meanwhile both instances run the cluster's scheduled work (outbox delivery every 3 s here, reminders, the
 * recovery rounds) through db-scheduler; every notification is mailed exactly once per recipient and channel
 * to the fake SMTP server, and no delivery was claimed twice.
 *
 * <p>What a load balancer needs is checked too: a UI session exists only on the instance that created it
 * (sticky sessions), while a REST call with a bearer token is answered alike by either instance and creates
 * no session. Logs: {@code app/target/two-instances-a.log} and {@code -b.log}.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class TwoInstancesIT {

    private static final String FEEDBACK = "Your walk-through of the estimate made it easy for the customer to"
            + " say yes. " + UUID.randomUUID();
    private static final String QUESTION = "What should I keep doing in customer meetings? " + UUID.randomUUID();
    private static final String OSKAR = "oskar.lund@acme.example";

    private static FakeSmtpServer smtp;
    private static TestDatabase database;
    private static RunningKadens a;
    private static RunningKadens b;
    /** Who held each scheduled task's execution, as seen while the test ran: node name by task. */
    private static final Map<String, Set<String>> pickedBy = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTwoInstances() {
        smtp = new FakeSmtpServer();
        database = TestDatabase.createFresh();
        Map<String, String> environment = Map.of(
                "KADENS_SMTP_HOST", "127.0.0.1",
                "KADENS_SMTP_PORT", String.valueOf(smtp.port()),
                "SPRING_APPLICATION_JSON", "{\"kadens\":{\"notifications\":{\"delivery-interval\":\"PT3S\"}}}",
                RunningKadens.MAX_HEAP, "640m");
        // One after the other: the second finds the demo companies seeded and the schema migrated.
        a = RunningKadens.onDatabase("two-instances-a", environment, database, true);
        b = RunningKadens.onDatabase("two-instances-b", environment, database, true);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (RunningKadens instance : new RunningKadens[] {b, a}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    @DisplayName("feedback given on one instance is seen on the other; every notification is mailed exactly once")
    void twoInstancesShareTheWorkAndDeliverOnce() throws Exception {
        assertThat(a.baseUrl()).isNotEqualTo(b.baseUrl());

        // Instance A: Sara gives Oskar feedback and asks him for feedback.
        a.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        a.open("feedback");
        a.click(By.id("feedback-give"));
        a.waitFor(By.id("feedback-send"));
        a.pick("feedback-recipient", "Oskar Lund");
        a.waitFor(By.cssSelector("#feedback-text textarea")).sendKeys(FEEDBACK);
        a.click(By.id("feedback-send"));
        a.wait(RunningKadens.WAIT).withMessage("the feedback in Sara's given list on A")
                .until(d -> a.textContent(d.findElement(By.id("feedback-given"))).contains(FEEDBACK));

        a.click(By.id("feedback-ask"));
        a.waitFor(By.id("feedback-request-send"));
        a.pick("feedback-request-recipients", "Oskar Lund");
        a.waitFor(By.cssSelector("#feedback-request-question textarea")).sendKeys(QUESTION);
        a.click(By.id("feedback-request-send"));
        a.wait(RunningKadens.WAIT).withMessage("the request dialog closes: the request was accepted on A")
                .until(d -> d.findElements(By.id("feedback-request-send")).isEmpty());
        sampleScheduledTasks();

        // Instance B: Oskar finds both.
        b.signInAndAwaitHome("acme", OSKAR);
        b.open("feedback");
        b.wait(RunningKadens.WAIT).withMessage("Oskar receives Sara's feedback on B")
                .until(d -> b.textContent(d.findElement(By.id("feedback-received"))).contains(FEEDBACK));
        b.open("feedback?section=requests");
        b.wait(RunningKadens.WAIT).withMessage("Oskar has Sara's request to answer on B")
                .until(d -> b.gridCellTexts("feedback-to-answer").stream().anyMatch(t -> t.contains("Sara Nilsson")));
        b.screenshot("two-instances-b-requests");

        // The request's mail arrives once, and stays once over several delivery rounds of both instances.
        Awaitility.await("the feedback request mailed to Oskar").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> { sampleScheduledTasks(); return mailsAbout(QUESTION); }, mails -> !mails.isEmpty());
        Awaitility.await("no second mail of the request over several delivery rounds")
                .during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> { sampleScheduledTasks(); return mailsAbout(QUESTION).size(); }, count -> count == 1);
        assertThat(mailsAbout(QUESTION).getFirst().recipients()).containsExactly(OSKAR);

        // Every delivery sent during the test: claimed once, and one mail per recipient and notification.
        List<Delivery> sent = new ArrayList<>();
        for (String tenant : List.of("acme", "globex")) {
            sent.addAll(sentDeliveries(tenant));
        }
        assertThat(sent).as("deliveries sent").isNotEmpty();
        assertThat(sent).as("deliveries claimed more than once").allSatisfy(
                delivery -> assertThat(delivery.attempts()).as("attempts of %s", delivery).isEqualTo(1));
        Map<String, Long> sentByRecipient = sent.stream().filter(d -> d.channel().equals("EMAIL"))
                .collect(Collectors.groupingBy(Delivery::recipient, Collectors.counting()));
        Map<String, Long> mailedByRecipient = new HashMap<>();
        for (ReceivedMail mail : smtp.received()) {
            mail.recipients().forEach(r -> mailedByRecipient.merge(r.toLowerCase(), 1L, Long::sum));
        }
        assertThat(mailedByRecipient).as("mails received by the SMTP server, by recipient, against the e-mail"
                + " deliveries the outbox marked as sent").isEqualTo(sentByRecipient);
        assertThat(smtp.received().stream().map(m -> m.recipients() + "|" + m.subject() + "|" + m.text()).toList())
                .as("no mail twice").doesNotHaveDuplicates();

        // Scheduled work: one row per task for the whole cluster, each execution held by one node at a time.
        assertThat(scheduledTaskRows()).as("rows of scheduled_tasks by task").allSatisfy(
                (task, rows) -> assertThat(rows).as(task).isEqualTo(1));
        System.out.printf("Scheduled task executions seen held by: %s%n", pickedBy);
    }

    @Test
    @DisplayName("a UI session lives on its own instance (sticky sessions); REST with a bearer token is stateless")
    void uiSessionsAreStickyAndRestIsStateless() throws Exception {
        a.signInAndAwaitHome("globex", "emma.brooks@globex.example");
        Cookie session = a.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the UI's session cookie on A").isNotNull();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> onA = http.send(page(a, session), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onB = http.send(page(b, session), HttpResponse.BodyHandlers.ofString());
        assertThat(onA.statusCode()).as("A's session on A").isEqualTo(200);
        assertThat(onB.statusCode()).as("A's session cookie on B: not signed in there").isEqualTo(302);
        assertThat(onB.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login"));

        String token = apiToken("globex", "emma.brooks@globex.example");
        for (RunningKadens instance : List.of(a, b)) {
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "api/v1/me"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as("GET api/v1/me on %s", instance.baseUrl()).isEqualTo(200);
            assertThat(me.body()).contains("emma.brooks@globex.example");
            assertThat(me.headers().allValues("Set-Cookie")).as("cookies set by a bearer call on %s", instance.baseUrl())
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    private static HttpRequest page(RunningKadens instance, Cookie session) {
        return HttpRequest.newBuilder(URI.create(instance.baseUrl() + "feedback"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private static List<ReceivedMail> mailsAbout(String text) {
        return smtp.received().stream().filter(mail -> String.valueOf(mail.text()).contains(text)).toList();
    }

    // ------------------------------------------------------------------ database

    record Delivery(String recipient, String channel, String kind, int attempts) {
    }

    private static List<Delivery> sentDeliveries(String tenantSlug) throws SQLException {
        try (Connection connection = openInTenant(tenantSlug);
             PreparedStatement query = connection.prepareStatement("""
                     select lower(e.email), d.channel, n.kind, d.attempts
                     from notification_delivery d
                     join notification n on n.tenant_id = d.tenant_id and n.id = d.notification_id
                     join employee e on e.tenant_id = n.tenant_id and e.id = n.recipient_id
                     where d.status = 'SENT'""");
             ResultSet rows = query.executeQuery()) {
            List<Delivery> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Delivery(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
            }
            return found;
        }
    }

    private static Map<String, Integer> scheduledTaskRows() throws SQLException {
        try (Connection connection = database.openAsOwner();
             PreparedStatement query = connection.prepareStatement(
                     "select task_name, count(*) from scheduled_tasks group by task_name");
             ResultSet rows = query.executeQuery()) {
            Map<String, Integer> found = new HashMap<>();
            while (rows.next()) {
                found.put(rows.getString(1), rows.getInt(2));
            }
            assertThat(found).as("scheduled tasks").containsKeys("notification-delivery", "content-indexing-recovery");
            return found;
        }
    }

    /** Notes which node holds each picked execution now (for the report; which node wins is up to chance). */
    private static void sampleScheduledTasks() throws SQLException {
        try (Connection connection = database.openAsOwner();
             PreparedStatement query = connection.prepareStatement(
                     "select task_name, picked_by from scheduled_tasks where picked");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                pickedBy.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
    }

    private static String apiToken(String tenantSlug, String email) throws SQLException {
        String person = a.employeeId(tenantSlug, email);
        TenantId tenant = new TenantId(UUID.fromString(a.idInTenant(tenantSlug,
                "select id from tenant where slug = ?", tenantSlug)));
        String token = TenantTokens.newToken("kdn_", tenant);
        try (Connection connection = openInTenant(tenantSlug);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into api_token (tenant_id, id, employee_id, name, token_hash, created_at, expires_at, scope)
                     values (?, gen_random_uuid(), ?::uuid, 'two instances test', ?, now(), now() + interval '1 day',
                             'READ')""")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, person);
            insert.setString(3, TenantTokens.hash(token));
            insert.executeUpdate();
        }
        return token;
    }

    /** The owner role bound to the tenant: row-level security is FORCEd, so it binds the owner too. */
    private static Connection openInTenant(String tenantSlug) throws SQLException {
        Connection connection = database.openAsOwner();
        try (PreparedStatement bind = connection.prepareStatement(
                "select set_config('app.tenant_id', (select id::text from tenant where slug = ?), false)")) {
            bind.setString(1, tenantSlug);
            bind.execute();
        }
        return connection;
    }
}
