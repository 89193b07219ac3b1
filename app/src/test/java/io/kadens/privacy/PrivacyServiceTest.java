package io.kadens.privacy;

import static io.kadens.db.Tables.API_TOKEN;
import static io.kadens.db.Tables.AUDIT_ENTRY;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.INVITATION;
import static io.kadens.db.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@KadensSpringTest
class PrivacyServiceTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApiTokens apiTokens;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.create("gdpr");
    }

    private <T> T asHr(Supplier<T> work) {
        return TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), work);
    }

    private <T> T inTenant(Supplier<T> query) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> query.get()));
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

    @Test
    void theExportHoldsThePersonTheirAuditTrailAndAManifestAndIsAudited() throws Exception {
        // Something about the employee in the audit log first: their erasure of a colleague is not needed,
        // an export of them is itself an audited action about them.
        asHr(() -> privacy.export(company.employee().id()));
        Map<String, String> files = unzip(asHr(() -> privacy.export(company.employee().id())));

        assertThat(files).containsKeys("person.json", "audit-about.json", "audit-by.json", "manifest.json");
        assertThat(files.get("person.json")).contains("\"email\" : \"" + company.employee().email(),
                "\"manager_email\" : \"" + company.manager().email(), company.employee().familyName(),
                company.employee().phone(), "Stockholm").doesNotContain("password");
        assertThat(files.get("audit-about.json")).contains("person.data_exported");
        assertThat(files.get("manifest.json")).contains("person", "audit-about", company.employee().id().toString());
        // Of other people, only the manager's email (the reporting line) is in the record.
        assertThat(files.get("person.json")).doesNotContain(company.manager().phone(), company.ceo().email());
        long exports = inTenant(() -> (long) db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("person.data_exported")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(company.employee().id().toString()))));
        assertThat(exports).isEqualTo(2);
    }

    @Test
    void laterFeaturesAddTheirPartsAndTheirErasure() throws Exception {
        String token = TestTenants.signedIn(TestTenants.as(company, company.employee()),
                () -> apiTokens.create("My laptop", TokenExpiry.DAYS_90).token());

        Map<String, String> files = unzip(asHr(() -> privacy.export(company.employee().id())));

        assertThat(files).containsKeys("api-tokens.json", "invitations.json", "learning-assignments.json",
                "learning-progress.json");
        assertThat(files.get("api-tokens.json")).contains("My laptop").doesNotContain(token.substring(4, 30));
        assertThat(String.join("", files.values())).doesNotContain("token_hash", "tokenHash");

        asHr(() -> privacy.erase(company.employee().id()));
        Record stored = inTenant(() -> db.selectFrom(API_TOKEN).where(API_TOKEN.EMPLOYEE_ID.eq(company.employee().id()))
                .fetchOne());
        assertThat(stored.get(API_TOKEN.NAME)).isEqualTo("erased");
        assertThat(stored.get(API_TOKEN.REVOKED_AT)).isNotNull();
    }

    @Test
    void erasurePseudonymisesKeepsTheRowMovesReportsAndAuditsNoPersonalData() {
        long peopleBefore = inTenant(() -> (long) db.fetchCount(EMPLOYEE));
        ErasureResult result = asHr(() -> privacy.erase(company.manager().id()));

        assertThat(result.pseudonym()).isEqualTo("Former employee " + result.number());
        Record erased = inTenant(() -> db.selectFrom(EMPLOYEE).where(EMPLOYEE.ID.eq(company.manager().id())).fetchOne());
        assertThat(erased.get(EMPLOYEE.GIVEN_NAME) + " " + erased.get(EMPLOYEE.FAMILY_NAME)).isEqualTo(result.pseudonym());
        assertThat(erased.get(EMPLOYEE.EMAIL)).endsWith("@erased.invalid").doesNotContain(company.manager().email());
        assertThat(erased.get(EMPLOYEE.PHONE)).isNull();
        assertThat(erased.get(EMPLOYEE.LOCATION)).isNull();
        assertThat(erased.get(EMPLOYEE.STATUS)).isEqualTo("INACTIVE");
        assertThat(erased.get(EMPLOYEE.MANAGER_ID)).as("their own line is kept").isEqualTo(company.ceo().id());
        assertThat(inTenant(() -> (long) db.fetchCount(EMPLOYEE))).as("the row stays").isEqualTo(peopleBefore);
        assertThat(inTenant(() -> db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMPLOYEE_ID.eq(company.manager().id()))))
                .as("sign-in removed").isFalse();
        assertThat(inTenant(() -> db.select(EMPLOYEE.MANAGER_ID).from(EMPLOYEE)
                .where(EMPLOYEE.ID.in(company.employee().id(), company.teamLead().id())).fetch(EMPLOYEE.MANAGER_ID)))
                .as("reports moved up").containsOnly(company.ceo().id());

        String audit = inTenant(() -> db.select(AUDIT_ENTRY.AFTER_STATE, AUDIT_ENTRY.BEFORE_STATE).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq("person.erased")).fetchOne().toString());
        assertThat(audit).contains(result.pseudonym()).doesNotContain(company.manager().email(),
                company.manager().familyName(), company.manager().phone());

        // A second erasure changes nothing and takes no new number.
        assertThat(asHr(() -> privacy.erase(company.manager().id()))).isEqualTo(result);
        assertThat(asHr(() -> privacy.isErased(company.manager().id()))).isTrue();
    }

    @Test
    void onlyHrAdminsExportOrEraseAndNobodyErasesThemselves() {
        assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.as(company, company.manager()),
                () -> privacy.export(company.employee().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.as(company, company.manager()),
                () -> privacy.erase(company.employee().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.operator(),
                () -> privacy.export(company.employee().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> privacy.erase(company.hrAdmin().id())))
                .isInstanceOf(InvalidInputException.class);
        Company other = tenants.create("gdprb");
        assertThatThrownBy(() -> asHr(() -> privacy.export(other.employee().id())))
                .as("another tenant's person is unknown here").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asHr(() -> privacy.erase(other.employee().id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anErasedAdminsEmailLeavesTheLabelsOfInvitationsAndRevokedTokens() {
        // The manager once invited the employee and revoked one of the employee's tokens; both name them by email.
        String managerEmail = company.manager().email();
        String othersEmail = company.hrAdmin().email();
        java.util.UUID invitation = java.util.UUID.randomUUID();
        java.util.UUID hrInvitation = java.util.UUID.randomUUID();
        java.util.UUID token = java.util.UUID.randomUUID();
        inTenant(() -> {
            var now = java.time.OffsetDateTime.now();
            db.insertInto(INVITATION).set(INVITATION.ID, invitation).set(INVITATION.TENANT_ID, company.id().value())
                    .set(INVITATION.EMPLOYEE_ID, company.employee().id()).set(INVITATION.TOKEN_HASH, "h-" + invitation)
                    .set(INVITATION.STATUS, "ACCEPTED").set(INVITATION.EXPIRES_AT, now.plusDays(7))
                    .set(INVITATION.INVITED_BY, managerEmail).set(INVITATION.CREATED_AT, now).execute();
            db.insertInto(INVITATION).set(INVITATION.ID, hrInvitation).set(INVITATION.TENANT_ID, company.id().value())
                    .set(INVITATION.EMPLOYEE_ID, company.member().id()).set(INVITATION.TOKEN_HASH, "h-" + hrInvitation)
                    .set(INVITATION.STATUS, "ACCEPTED").set(INVITATION.EXPIRES_AT, now.plusDays(7))
                    .set(INVITATION.INVITED_BY, othersEmail).set(INVITATION.CREATED_AT, now).execute();
            db.insertInto(API_TOKEN).set(API_TOKEN.ID, token).set(API_TOKEN.TENANT_ID, company.id().value())
                    .set(API_TOKEN.EMPLOYEE_ID, company.employee().id()).set(API_TOKEN.NAME, "ci")
                    .set(API_TOKEN.TOKEN_HASH, "a".repeat(64)).set(API_TOKEN.CREATED_AT, now)
                    .set(API_TOKEN.REVOKED_AT, now).set(API_TOKEN.REVOKED_BY, managerEmail).execute();
            return null;
        });

        ErasureResult erased = asHr(() -> privacy.erase(company.manager().id()));

        assertThat(inTenant(() -> db.select(INVITATION.INVITED_BY).from(INVITATION).where(INVITATION.ID.eq(invitation))
                .fetchOne(INVITATION.INVITED_BY))).isEqualTo(erased.pseudonym());
        assertThat(inTenant(() -> db.select(API_TOKEN.REVOKED_BY).from(API_TOKEN).where(API_TOKEN.ID.eq(token))
                .fetchOne(API_TOKEN.REVOKED_BY))).isEqualTo(erased.pseudonym());
        // another admin's labels stay as they were
        assertThat(inTenant(() -> db.select(INVITATION.INVITED_BY).from(INVITATION).where(INVITATION.ID.eq(hrInvitation))
                .fetchOne(INVITATION.INVITED_BY))).isEqualTo(othersEmail);
    }
}
