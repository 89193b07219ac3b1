package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.feedback.FeedbackRequests;
import io.kadens.feedback.NewFeedbackRequest;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Feedback requests through the feedback feature's own API: notified in its transaction, reminded once. */
@KadensSpringTest
class FeedbackRemindersTest {

    @Autowired TestTenants tenants;
    @Autowired FeedbackRequests requests;
    @Autowired Reminders reminders;
    @Autowired NotificationAdministration administration;
    @Autowired DeliveryWorker worker;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactionManager;

    Company company;

    @BeforeEach
    void setUp() {
        company = tenants.create(TestTenants.uniqueLabel("fbrem"));
    }

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void aFeedbackRequestNotifiesEachRecipientAndARolledBackOneNobody() {
        LocalDate due = today().plusDays(5);
        // Signed in first, so the transaction binds the employee's tenant, as a request would.
        signedIn(as(company, company.employee()), () -> {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                requests.request(new NewFeedbackRequest(null, List.of(company.manager().id()), "Rolled back?", due));
                status.setRollbackOnly();
            });
            return null;
        });
        assertThat(deliveries()).isEmpty();

        signedIn(as(company, company.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(company.manager().id(), company.member().id()), "How did my demo go?", due)));
        assertThat(deliveries()).hasSize(2).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(NotificationKind.FEEDBACK_REQUESTED);
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        });
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        FakeSmtpServer.ReceivedMail mail = FakeSmtpServer.shared()
                .latestTo(company.manager().email(), 1, Duration.ofSeconds(5));
        assertThat(mail.subject()).isEqualTo(company.employee().givenName() + " " + company.employee().familyName()
                + " asked you for feedback");
        assertThat(mail.text()).contains("How did my demo go?");
    }

    @Test
    void aRequestDueTomorrowIsRemindedOncePerRecipientHoweverOftenRemindersRun() {
        signedIn(as(company, company.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(company.manager().id(), company.member().id()), "Quick thoughts?", today().plusDays(2))));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isEqualTo(2);
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isZero();
        clock.advance(Duration.ofHours(3));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isZero();

        assertThat(deliveries()).filteredOn(d -> d.kind() == NotificationKind.FEEDBACK_REQUEST_DUE)
                .extracting(DeliveryRow::recipientName)
                .containsExactlyInAnyOrder(name(company.manager()), name(company.member()));
    }

    private static String name(TestTenants.Person person) {
        return person.givenName() + " " + person.familyName();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
    }

    private List<DeliveryRow> deliveries() {
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(Optional.empty()));
    }
}
