package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.FakeSlackServer;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail server and Slack out of reach for an hour while notifications keep coming (issue 17, "faults
 * survived"): the application's clock is moved on minute by minute and the outbox worker runs each
 * simulated minute, as its schedule would. Nothing is lost or given up on during the outage, the backoff
 * keeps the attempts few, and when the servers return every delivery arrives exactly once per recipient and
 * channel, also when one channel returns before the other.
 */
@KadensSpringTest
class DeliveryOutageTest {

    @Autowired TestTenants tenants;
    @Autowired NotificationTestData data;
    @Autowired Notifications notifications;
    @Autowired NotificationAdministration administration;
    @Autowired DeliveryWorker worker;
    @Autowired OutboxRepository outbox;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactionManager;

    final FakeSmtpServer smtp = FakeSmtpServer.shared();
    final FakeSlackServer slack = FakeSlackServer.shared();
    Company company;
    NotificationTestData.Workspace workspace;

    @BeforeEach
    void setUp() {
        company = tenants.create(TestTenants.uniqueLabel("outage"));
        workspace = data.connectSlack(company);
    }

    @AfterEach
    void restore() {
        smtp.down(false);
        slack.down(false);
        clock.reset();
    }

    @Test
    void anHourWithoutMailAndSlackLosesNothingAndEverythingIsDeliveredOnceWhenTheyReturn() {
        // The three people who are in the Slack workspace: each notification to them has an EMAIL and a SLACK delivery.
        List<Person> recipients = List.of(company.employee(), company.manager(), company.member());
        Map<Person, Integer> sentTo = new HashMap<>();
        smtp.down(true);
        slack.down(true);

        // One hour: every ten minutes a 1:1 reminder for each of the three, the worker every minute.
        for (int minute = 0; minute <= 60; minute++) {
            if (minute % 10 == 0) {
                for (Person person : recipients) {
                    queueAgenda(person, "outage-" + minute + "-" + person.id());
                    sentTo.merge(person, 1, Integer::sum);
                }
            }
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            clock.advance(Duration.ofMinutes(1));
        }

        List<DeliveryRow> waiting = deliveries();
        assertThat(waiting).hasSize(7 * 3 * 2);
        // Nothing sent, nothing given up on: every delivery is still waiting, with the outage as its reason.
        assertThat(waiting).allSatisfy(d -> {
            assertThat(d.status()).isIn(DeliveryStatus.RETRYING, DeliveryStatus.PENDING);
            assertThat(d.sentAt()).isNull();
        });
        assertThat(waiting).filteredOn(d -> d.channel() == Channel.EMAIL)
                .allSatisfy(d -> assertThat(d.lastError()).startsWith("SMTP:"));
        assertThat(waiting).filteredOn(d -> d.channel() == Channel.SLACK)
                .allSatisfy(d -> assertThat(d.lastError()).startsWith("Slack:"));
        // Exponential backoff: the oldest deliveries were tried at most seven times in the hour (0, 1, 3, 7, 15,
        // 31 and 63 minutes, each ±20 %), not once a minute.
        assertThat(waiting).allSatisfy(d -> assertThat(d.attempts()).isBetween(1, 7));
        assertThat(waiting).filteredOn(d -> d.createdAt().toInstant().isBefore(clock.instant().minusSeconds(55 * 60)))
                .allSatisfy(d -> assertThat(d.attempts()).isGreaterThanOrEqualTo(5));
        // The outage is visible: as the outbox backlog (the operator's metric) and in the HR admins' outbox page.
        Integer backlog = TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> outbox.backlog()));
        assertThat(backlog).isEqualTo(42);
        for (Person person : recipients) {
            assertThat(smtp.to(person.email())).isEmpty();
        }
        assertThat(slack.calls("chat.postMessage", workspace.token())).isEmpty();

        // Mail returns first, Slack is still down. The first retried mail that goes out shows the server is back,
        // and the others follow at once instead of sitting out their backoff (up to another hour).
        smtp.down(false);
        runWorkerFor(Duration.ofMinutes(5), Duration.ofMinutes(1));
        assertThat(deliveries()).filteredOn(d -> d.channel() == Channel.EMAIL)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(deliveries()).filteredOn(d -> d.channel() == Channel.SLACK)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.RETRYING));

        // Slack returns, and so do its messages.
        slack.down(false);
        runWorkerFor(Duration.ofMinutes(5), Duration.ofMinutes(1));

        assertThat(deliveries()).hasSize(42).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.lastError()).isNull();
        });
        for (Person person : recipients) {
            assertThat(smtp.to(person.email())).as("mails to " + person.email()).hasSize(sentTo.get(person));
            String channel = "D" + workspace.users().get(person.email());
            assertThat(slack.calls("chat.postMessage", workspace.token()))
                    .filteredOn(call -> call.json().path("channel").asString().equals(channel))
                    .as("Slack messages to " + person.email()).hasSize(sentTo.get(person));
        }
        // Each message was sent for a different meeting: none twice, none missing.
        assertThat(slack.calls("chat.postMessage", workspace.token()))
                .extracting(call -> call.json().path("channel").asString() + call.json().path("blocks"))
                .doesNotHaveDuplicates();
        assertThat(smtp.received().stream().filter(m -> recipients.stream()
                .anyMatch(p -> m.recipients().contains(p.email().toLowerCase(java.util.Locale.ROOT))))
                .map(m -> m.recipients() + m.text()).toList()).doesNotHaveDuplicates();
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();
    }

    @Test
    void theDefaultBackoffOutlastsAnOvernightOutageBeforeItGivesUp() {
        assertThat(Backoff.DEFAULT.shortestRetryWindow()).isGreaterThan(Duration.ofHours(12));
        // ...and keeps a waiting delivery to about one attempt an hour once the waits reach their cap.
        assertThat(Backoff.DEFAULT.delayAfter(Backoff.DEFAULT.maxAttempts() - 1))
                .isBetween(Duration.ofMinutes(48), Duration.ofMinutes(72));
    }

    @Test
    void deliveriesThatDidFailStayVisibleAndAreSentOnceWhenRetriedAfterTheOutage() {
        worker.useBackoff(new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 3));
        try {
            smtp.down(true);
            queueAgenda(company.employee(), "given-up");
            runWorkerFor(Duration.ofMinutes(60), Duration.ofMinutes(1));
            DeliveryRow failed = deliveries().stream().filter(d -> d.channel() == Channel.EMAIL).findFirst().orElseThrow();
            assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.lastError()).startsWith("SMTP:");
            assertThat(signedIn(as(company, company.hrAdmin()),
                    () -> administration.deliveries(Optional.of(DeliveryStatus.FAILED)))).extracting(DeliveryRow::id)
                    .containsExactly(failed.id());

            smtp.down(false);
            assertThat(signedIn(as(company, company.hrAdmin()), () -> administration.retryNow(failed.id()))).isTrue();
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            assertThat(smtp.to(company.employee().email())).hasSize(1);
        } finally {
            worker.useBackoff(Backoff.DEFAULT);
        }
    }

    private void runWorkerFor(Duration total, Duration step) {
        Instant end = clock.instant().plus(total);
        while (clock.instant().isBefore(end)) {
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            clock.advance(step);
        }
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
    }

    private void queueAgenda(Person to, String key) {
        Person with = company.ceo();
        TenantScope.run(company.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                notifications.enqueue(NotificationKind.ONE_ON_ONE_TOMORROW, to.id(), key,
                        new NotificationFacts(with.givenName() + " " + with.familyName(), UUID.randomUUID(),
                                clock.instant().plus(Duration.ofDays(1)), null, null, List.of("Key " + key),
                                "one-on-ones"))));
    }

    private List<DeliveryRow> deliveries() {
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(Optional.empty()));
    }
}
