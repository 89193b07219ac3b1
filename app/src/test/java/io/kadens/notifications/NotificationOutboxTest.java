package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.people.PeopleService;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@KadensSpringTest
class NotificationOutboxTest {

    @Autowired TestTenants tenants;
    @Autowired Notifications notifications;
    @Autowired NotificationAdministration administration;
    @Autowired DeliveryWorker worker;
    @Autowired PeopleService people;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactionManager;

    FakeSmtpServer smtp = FakeSmtpServer.shared();
    Company company;
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        company = tenants.create(TestTenants.uniqueLabel("outbox"));
        transactions = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void restore() {
        smtp.refuseMail(false);
        clock.reset();
    }

    @Test
    void aRolledBackChangeLeavesNoNotificationAndNothingIsSent() {
        String key = "rollback-" + UUID.randomUUID();
        assertThatThrownBy(() -> TenantScope.run(company.id(), () -> transactions.executeWithoutResult(status -> {
            notifications.enqueue(NotificationKind.FEEDBACK_REQUESTED, company.employee().id(), key, feedbackFacts());
            throw new IllegalStateException("the change failed after the notification was written");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(TenantScope.call(company.id(), () -> notifications.exists(key))).isFalse();
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();
        assertThat(deliveries()).isEmpty();
        assertThat(smtp.to(company.employee().email())).isEmpty();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantScope.run(company.id(), () -> notifications.enqueue(
                NotificationKind.FEEDBACK_REQUESTED, company.employee().id(), "no-tx", feedbackFacts())))
                .hasMessageContaining("transaction");
    }

    @Test
    void aDedupeKeyMakesOneNotificationHoweverOftenItIsQueued() {
        Optional<UUID> first = enqueue(NotificationKind.CHECK_IN_DUE, company.employee(), "check-in-1", checkInFacts());
        Optional<UUID> second = enqueue(NotificationKind.CHECK_IN_DUE, company.employee(), "check-in-1", checkInFacts());

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(deliveries()).hasSize(1).allSatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.EMAIL);
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        });
    }

    @Test
    void anSmtpOutageIsRetriedWithItsStatusVisibleAndSentOnceTheServerIsBack() {
        smtp.refuseMail(true);
        enqueue(NotificationKind.FEEDBACK_REQUESTED, company.employee(), "outage", feedbackFacts());

        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isEqualTo(1);
        DeliveryRow retrying = single();
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError()).startsWith("SMTP:").contains("relay refused");
        // Backoff: the first retry waits about a minute (jitter ±20 %), so nothing is due yet.
        assertThat(retrying.nextAttemptAt().toInstant()).isAfter(clock.instant().plusSeconds(40));
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();

        smtp.refuseMail(false);
        clock.advance(Duration.ofMinutes(2));
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isEqualTo(1);

        DeliveryRow sent = single();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isNotNull();
        assertThat(smtp.to(company.employee().email())).hasSize(1);
        assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();
    }

    @Test
    void afterTheLastAttemptADeliveryFailsAndAnAdminCanRetryItNow() {
        worker.useBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2));
        try {
            smtp.refuseMail(true);
            enqueue(NotificationKind.FEEDBACK_REQUESTED, company.employee(), "gives-up", feedbackFacts());
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            clock.advance(Duration.ofSeconds(5));
            TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
            assertThat(single().status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(single().attempts()).isEqualTo(2);
            clock.advance(Duration.ofHours(2));
            assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isZero();

            smtp.refuseMail(false);
            UUID id = single().id();
            assertThat(signedIn(as(company, company.hrAdmin()), () -> administration.retryNow(id))).isTrue();
            assertThat(TenantScope.call(company.id(), worker::deliverDueInBoundTenant)).isEqualTo(1);
            assertThat(single().status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(signedIn(as(company, company.hrAdmin()), () -> administration.retryNow(id))).isFalse();
        } finally {
            worker.useBackoff(Backoff.DEFAULT);
        }
    }

    @Test
    void twoWorkersAtOnceNeverSendTheSameDeliveryTwice() throws Exception {
        List<Person> recipients = List.of(company.ceo(), company.manager(), company.employee(), company.teamLead(),
                company.member(), company.hrAdmin());
        for (int i = 0; i < 30; i++) {
            enqueue(NotificationKind.FEEDBACK_REQUESTED, recipients.get(i % recipients.size()), "parallel-" + i,
                    feedbackFacts());
        }
        Callable<Integer> oneWorker = () -> TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        int attempted;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = pool.submit(oneWorker);
            Future<Integer> b = pool.submit(oneWorker);
            attempted = a.get() + b.get();
        }
        assertThat(deliveries()).extracting(d -> d.status() + "/" + d.attempts()).containsOnly("SENT/1");
        assertThat(attempted).isEqualTo(30);
        for (Person person : recipients) {
            assertThat(smtp.to(person.email())).as(person.email()).hasSize(5);
        }
        assertThat(deliveries()).hasSize(30).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void rendersInTheRecipientsLanguageWithDatesInTheTenantsTimeZone() {
        signedIn(as(company, company.employee()), () -> {
            people.setMyLanguage("sv");
            return null;
        });
        // Tuesday 1 December 2026, 09:00 UTC = 10:00 in Stockholm (the test tenants' zone).
        Instant meeting = Instant.parse("2026-12-01T09:00:00Z");
        NotificationFacts facts = new NotificationFacts(company.manager().givenName() + " Boss", UUID.randomUUID(),
                meeting, null, null, List.of("Rekrytering & <planer>", "Semester"), "one-on-ones");
        enqueue(NotificationKind.ONE_ON_ONE_TOMORROW, company.employee(), "sv-meeting", facts);
        enqueue(NotificationKind.ONE_ON_ONE_TOMORROW, company.member(), "en-meeting", facts);
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);

        FakeSmtpServer.ReceivedMail swedish = smtp.latestTo(company.employee().email(), 1, Duration.ofSeconds(5));
        assertThat(swedish.subject()).isEqualTo("Ditt 1:1-samtal med " + company.manager().givenName()
                + " Boss är i morgon");
        assertThat(swedish.contentLanguage()).isEqualTo("sv");
        assertThat(swedish.text().replace("\r\n", "\n")).startsWith("Hej " + company.employee().givenName() + "!")
                .contains("tisdag 1 december 2026").contains("10:00")
                .contains("Agenda:\n- Rekrytering & <planer>\n- Semester")
                .contains("http://kadens.test/one-on-ones");
        assertThat(swedish.html()).contains("<li>Rekrytering &amp; &lt;planer&gt;</li>").contains("lang=\"sv\"");

        FakeSmtpServer.ReceivedMail english = smtp.latestTo(company.member().email(), 1, Duration.ofSeconds(5));
        assertThat(english.subject()).isEqualTo("Your 1:1 with " + company.manager().givenName() + " Boss is tomorrow");
        assertThat(english.contentLanguage()).isEqualTo("en");
        assertThat(english.text().replace("\r\n", "\n")).startsWith("Hi " + company.member().givenName() + ",")
                .contains("Tuesday, December 1, 2026").contains("10:00");
    }

    @Test
    void onlyHrAdminsSeeTheOutbox() {
        assertThatThrownBy(() -> signedIn(as(company, company.manager()),
                () -> administration.deliveries(Optional.empty())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDailyChartCountsDeliveriesByStatus() {
        smtp.refuseMail(true);
        enqueue(NotificationKind.FEEDBACK_REQUESTED, company.employee(), "chart-1", feedbackFacts());
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        smtp.refuseMail(false);
        enqueue(NotificationKind.FEEDBACK_REQUESTED, company.member(), "chart-2", feedbackFacts());
        enqueue(NotificationKind.FEEDBACK_REQUESTED, company.ceo(), "chart-3", feedbackFacts());
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);

        List<DailyDeliveries> days = signedIn(as(company, company.hrAdmin()), () -> administration.daily(14));
        assertThat(days).hasSize(14);
        DailyDeliveries today = days.getLast();
        assertThat(today.count(DeliveryStatus.SENT)).isEqualTo(2);
        assertThat(today.count(DeliveryStatus.RETRYING)).isEqualTo(1);
        assertThat(days.subList(0, 13)).allSatisfy(d -> assertThat(d.byStatus()).isEmpty());
    }

    private Optional<UUID> enqueue(NotificationKind kind, Person to, String key, NotificationFacts facts) {
        return TenantScope.call(company.id(), () -> transactions.execute(status ->
                notifications.enqueue(kind, to.id(), key, facts)));
    }

    private List<DeliveryRow> deliveries() {
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(Optional.empty()));
    }

    private DeliveryRow single() {
        List<DeliveryRow> rows = deliveries();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private NotificationFacts feedbackFacts() {
        return new NotificationFacts(company.manager().givenName(), UUID.randomUUID(), null,
                LocalDate.of(2026, 12, 4), "How did the launch go?", List.of(), "feedback");
    }

    private NotificationFacts checkInFacts() {
        return new NotificationFacts(company.manager().givenName(), UUID.randomUUID(), null,
                LocalDate.of(2026, 12, 3), null, List.of(), "check-ins");
    }
}
