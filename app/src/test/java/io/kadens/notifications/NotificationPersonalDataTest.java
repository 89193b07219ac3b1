package io.kadens.notifications;

import static io.kadens.db.Tables.SLACK_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.privacy.PrivacyService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A person's notifications and Slack match in their GDPR export; the Slack match gone at their erasure. */
@KadensSpringTest
class NotificationPersonalDataTest {

    @Autowired TestTenants tenants;
    @Autowired NotificationTestData notifications;
    @Autowired PrivacyService privacy;
    @Autowired DSLContext db;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void theExportHoldsTheNotificationsFactsAndTheSlackMatchAndErasureForgetsTheMatch() throws Exception {
        Company company = tenants.create("gdprnote");
        notifications.seedDelivery(company);
        inTenant(company, () -> db.insertInto(SLACK_PERSON).set(SLACK_PERSON.EMPLOYEE_ID, company.employee().id())
                .set(SLACK_PERSON.SLACK_USER_ID, "U0GDPR42").set(SLACK_PERSON.LOOKED_UP_AT, OffsetDateTime.now())
                .execute());

        Map<String, String> files = unzip(TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()),
                () -> privacy.export(company.employee().id())));
        assertThat(files.get("notifications.json")).contains("FEEDBACK_REQUESTED", "How was " + company.slug() + "?",
                "EMAIL");
        assertThat(files.get("notifications-slack-match.json")).contains("U0GDPR42");
        // Someone else's export holds none of it.
        Map<String, String> others = unzip(TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()),
                () -> privacy.export(company.member().id())));
        assertThat(others.get("notifications.json")).doesNotContain("How was");
        assertThat(others.get("notifications-slack-match.json")).doesNotContain("U0GDPR42");

        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            privacy.erase(company.employee().id());
            return null;
        });
        assertThat(inTenant(company, () -> db.fetchCount(SLACK_PERSON, SLACK_PERSON.EMPLOYEE_ID.eq(company.employee().id()))))
                .isZero();
    }

    private <T> T inTenant(Company company, Supplier<T> work) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
