package io.kadens.notifications;

import static io.kadens.db.Tables.DEV_INBOX_MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.mail.Mail;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's development inbox keeps every mail a tenant sent, as it is sent from the outbox worker: with the
 * tenant bound and no transaction of the caller's. Without a tenant (operator mail) nothing is kept.
 */
@KadensSpringTest
class DevInboxMailerTest {

    @Autowired TestTenants tenants;
    @Autowired DSLContext db;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void aSentMailIsKeptInTheSendingTenantsInboxOnlyAndOperatorMailNowhere() {
        Company company = tenants.create("devinbox");
        Company other = tenants.create("devinboxb");
        List<Mail> delivered = new ArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC);
        var mailer = new DevInboxMailer(delivered::add, db, clock, transactionManager);

        Mail reminder = new Mail("sara@" + company.slug() + ".example", "Your check-in is due", "Hello Sara",
                "<p>Hello Sara</p>", Locale.ENGLISH);
        TenantScope.run(company.id(), () -> mailer.send(reminder));
        mailer.send(new Mail("ops@example.org", "Tenant provisioned", "Done", "<p>Done</p>", Locale.ENGLISH));

        assertThat(delivered).hasSize(2);
        var kept = inTenant(company, () -> db.selectFrom(DEV_INBOX_MAIL).fetch());
        assertThat(kept).singleElement().satisfies(row -> {
            assertThat(row.getRecipient()).isEqualTo(reminder.to());
            assertThat(row.getSubject()).isEqualTo("Your check-in is due");
            assertThat(row.getHtmlBody()).isEqualTo("<p>Hello Sara</p>");
            assertThat(row.getSentAt().toInstant()).isEqualTo(clock.instant());
        });
        assertThat(inTenant(other, () -> db.fetchCount(DEV_INBOX_MAIL))).isZero();
    }

    private <T> T inTenant(Company company, java.util.function.Supplier<T> work) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}
