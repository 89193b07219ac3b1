package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.platform.InvalidInputException;
import io.kadens.support.FakeSlackServer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@KadensSpringTest
class SlackNotificationsTest {

    @Autowired TestTenants tenants;
    @Autowired NotificationTestData data;
    @Autowired Notifications notifications;
    @Autowired NotificationAdministration administration;
    @Autowired SlackConnections connections;
    @Autowired DeliveryWorker worker;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired io.kadens.oneonones.OneOnOnes oneOnOnes;

    FakeSlackServer slack = FakeSlackServer.shared();
    Company company;
    NotificationTestData.Workspace workspace;

    @BeforeEach
    void setUp() {
        company = tenants.create(TestTenants.uniqueLabel("slack"));
        workspace = data.connectSlack(company);
    }

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void connectingChecksTheTokenWithSlackAndNeverShowsItAgain() {
        assertThat(slack.calls("auth.test", workspace.token())).hasSize(1);
        SlackStatus status = signedIn(as(company, company.hrAdmin()), () -> connections.status()).orElseThrow();
        assertThat(status.teamId()).isEqualTo(workspace.teamId());
        assertThat(status.toString()).doesNotContain(workspace.token()).doesNotContain(workspace.signingSecret());
        assertThat(status.commandUrl()).isEqualTo("http://kadens.test/slack/commands/" + company.slug());

        assertThatThrownBy(() -> signedIn(as(company, company.hrAdmin()),
                () -> connections.connect("xoxb-not-a-real-token-at-all", "abcdefabcdefabcdef12")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", "notifications.slack.token.rejected"));
        assertThatThrownBy(() -> signedIn(as(company, company.hrAdmin()), () -> connections.connect("hello", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("token", "signingSecret"));
        assertThatThrownBy(() -> signedIn(as(company, company.manager()), () -> connections.status()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // The refused token did not replace the working one.
        assertThat(signedIn(as(company, company.hrAdmin()), () -> connections.status()).orElseThrow().teamId())
                .isEqualTo(workspace.teamId());
    }

    @Test
    void theAgendaGoesToBothPeopleAsADirectMessageTheDayBefore() {
        Instant meeting = Instant.parse("2026-12-01T09:00:00Z");
        queueAgenda(company.employee(), company.manager(), meeting, "agenda-e");
        queueAgenda(company.manager(), company.employee(), meeting, "agenda-m");
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);

        assertThat(deliveries()).hasSize(4).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        String employeeUser = workspace.users().get(company.employee().email());
        List<FakeSlackServer.Call> opens = slack.calls("conversations.open", workspace.token());
        assertThat(opens).extracting(c -> c.json().path("users").asString())
                .containsExactlyInAnyOrder(employeeUser, workspace.users().get(company.manager().email()));
        assertThat(opens).allSatisfy(c -> assertThat(c.contentType()).startsWith("application/json"));
        List<FakeSlackServer.Call> posts = slack.calls("chat.postMessage", workspace.token());
        assertThat(posts).hasSize(2);
        FakeSlackServer.Call toEmployee = posts.stream()
                .filter(c -> c.json().path("channel").asString().equals("D" + employeeUser)).findFirst().orElseThrow();
        assertThat(toEmployee.json().path("text").asString()).startsWith("Your 1:1 with " + company.manager().givenName());
        JsonNode blocks = toEmployee.json().path("blocks");
        assertThat(blocks.isArray()).isTrue();
        assertThat(blocks.get(0).path("type").asString()).isEqualTo("section");
        assertThat(blocks.get(1).path("text").path("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(1).path("text").path("text").asString())
                .contains("*Agenda*").contains("• Hiring plan &amp; budget").contains("• Holidays");
        assertThat(slack.calls("users.lookupByEmail", workspace.token())).extracting(c -> c.form().get("email"))
                .containsExactlyInAnyOrder(company.employee().email(), company.manager().email());

        // The match is cached: a second message to the same person asks Slack for nobody.
        queueAgenda(company.employee(), company.manager(), meeting.plusSeconds(86_400 * 7), "agenda-e2");
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        assertThat(slack.calls("users.lookupByEmail", workspace.token())).hasSize(2);
        assertThat(slack.calls("chat.postMessage", workspace.token())).hasSize(3);
    }

    @Test
    void aPersonWhoIsNotInSlackStillGetsTheEmailAndTheSlackDeliveryFailsWithAReason() {
        queueAgenda(company.teamLead(), company.manager(), Instant.parse("2026-12-01T09:00:00Z"), "not-in-slack");
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        assertThat(deliveries()).anySatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.SLACK);
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).contains("no Slack user");
        }).anySatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.EMAIL);
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
        });
    }

    @Test
    void aRateLimitIsRetriedAfterSlacksRetryAfter() {
        slack.rateLimit("chat.postMessage", 1, 600);
        queueAgenda(company.employee(), company.manager(), Instant.parse("2026-12-01T09:00:00Z"), "limited");
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);

        DeliveryRow limited = slackDelivery();
        assertThat(limited.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(limited.lastError()).isEqualTo("Slack: ratelimited");
        assertThat(limited.nextAttemptAt().toInstant()).isAfter(clock.instant().plusSeconds(590));

        clock.advance(Duration.ofMinutes(5));
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isEqualTo(1);
        assertThat(slackDelivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(slackDelivery().attempts()).isEqualTo(2);
    }

    @Test
    void serverErrorsAndSlackErrorsAreRetried() {
        slack.serverError("conversations.open", 1, 503);
        slack.error("chat.postMessage", 1, "internal_error");
        queueAgenda(company.employee(), company.manager(), Instant.parse("2026-12-01T09:00:00Z"), "flaky");

        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        assertThat(slackDelivery().status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(slackDelivery().lastError()).isEqualTo("Slack: conversations.open: HTTP 503");

        clock.advance(Duration.ofMinutes(2));
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        assertThat(slackDelivery().status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(slackDelivery().lastError()).isEqualTo("Slack: internal_error");

        clock.advance(Duration.ofMinutes(5));
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        assertThat(slackDelivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(slackDelivery().attempts()).isEqualTo(3);
        assertThat(slack.calls("chat.postMessage", workspace.token())).hasSize(2);
    }

    @Test
    void disconnectingStopsSlackDeliveriesAndForgetsTheToken() {
        signedIn(as(company, company.hrAdmin()), () -> {
            connections.disconnect();
            return null;
        });
        assertThat(signedIn(as(company, company.hrAdmin()), () -> connections.status())).isEmpty();
        queueAgenda(company.employee(), company.manager(), Instant.parse("2026-12-01T09:00:00Z"), "after-disconnect");
        assertThat(deliveries()).extracting(DeliveryRow::channel).containsExactly(Channel.EMAIL);
    }

    // ------------------------------------------------------------------ slash command

    @Test
    void anEmptyCommandExplainsItself() throws Exception {
        String body = NotificationTestData.commandBody(workspace.teamId(), employeeUser(), "  ");
        long now = data.now();
        MockHttpServletResponse response = command(company.slug(), body, now,
                NotificationTestData.sign(workspace.signingSecret(), now, body));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("ephemeral").contains("Add a talking point");
        // users.info matched the Slack user to the person by email, once; the match is cached.
        assertThat(slack.calls("users.info", workspace.token())).hasSize(1);
    }

    @Test
    void aTalkingPointFromSlackLandsOnTheNextOneOnOneWithTheManager() throws Exception {
        TenantScope.call(company.id(), () -> oneOnOnes.synchroniseReportingLines());
        String body = NotificationTestData.commandBody(workspace.teamId(), employeeUser(), "Discuss the <roadmap>");
        long now = data.now();
        MockHttpServletResponse response = command(company.slug(), body, now,
                NotificationTestData.sign(workspace.signingSecret(), now, body));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("ephemeral")
                .contains("Added to your 1:1 with " + company.manager().givenName());

        Instant from = clock.instant();
        var meetings = TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s ->
                oneOnOnes.meetingsBetween(from, from.plus(Duration.ofDays(92)))));
        var next = meetings.stream()
                .filter(m -> m.member().id().equals(company.employee().id())
                        && m.lead().id().equals(company.manager().id()))
                .min(java.util.Comparator.comparing(io.kadens.oneonones.UpcomingMeeting::scheduledAt)).orElseThrow();
        assertThat(next.agenda()).anySatisfy(item -> {
            assertThat(item.text()).isEqualTo("Discuss the <roadmap>");
            assertThat(item.authorId()).isEqualTo(company.employee().id());
        });
    }

    private String employeeUser() {
        return workspace.users().get(company.employee().email());
    }

    private MockHttpServletResponse command(String slug, String body, long timestamp, String signature)
            throws Exception {
        var request = post("/slack/commands/" + slug).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body).header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private void queueAgenda(Person to, Person with, Instant at, String key) {
        TenantScope.run(company.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                notifications.enqueue(NotificationKind.ONE_ON_ONE_TOMORROW, to.id(), key,
                        new NotificationFacts(with.givenName() + " " + with.familyName(), UUID.randomUUID(), at, null,
                                null, List.of("Hiring plan & budget", "Holidays"), "one-on-ones"))));
    }

    private List<DeliveryRow> deliveries() {
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(Optional.empty()));
    }

    private DeliveryRow slackDelivery() {
        return deliveries().stream().filter(d -> d.channel() == Channel.SLACK).findFirst().orElseThrow();
    }
}
