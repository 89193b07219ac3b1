package io.kadens.apitokens;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Personal access tokens end to end: created by a person, used over HTTP through the real filter chain, refused when they should be. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Organisations organisations;

    Company company;

    @BeforeAll
    void company() {
        company = tenants.create("tokens");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private IssuedApiToken create(Company in, Person person, TokenExpiry expiry) {
        return signedIn(TestTenants.as(in, person), () -> apiTokens.create("script of " + person.familyName(), expiry));
    }

    private MockHttpServletResponse call(String url, String token) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private static void assertRefused(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void aTokenAuthenticatesItsPersonStatelesslyUntilRevoked() throws Exception {
        IssuedApiToken issued = create(company, company.employee(), TokenExpiry.DAYS_90);
        assertThat(issued.token()).startsWith("kdn_").hasSize(TokenText.LENGTH);
        assertThat(issued.summary().expiresAt()).isAfter(OffsetDateTime.now().plusDays(89));

        MvcResult result = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains(company.employee().email())
                .contains("\"EMPLOYEE\"").doesNotContain("MANAGER").doesNotContain("HR_ADMIN");
        assertThat(result.getRequest().getSession(false)).as("no session for a bearer request").isNull();
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();

        signedIn(TestTenants.as(company, company.employee()), () -> {
            apiTokens.revoke(issued.summary().id());
            return null;
        });
        assertRefused(call("/api/v1/me", issued.token()));
        List<ApiTokenSummary> mine = signedIn(TestTenants.as(company, company.employee()), apiTokens::mine);
        assertThat(mine).filteredOn(t -> t.id().equals(issued.summary().id())).singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse())
                .satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void badTokensAndMissingTokensGet401WithAChallengeNeverARedirect() throws Exception {
        IssuedApiToken issued = create(company, company.manager(), TokenExpiry.NEVER);
        String token = issued.token();
        for (String bad : List.of("kdn_nonsense", "", "not-ours", token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"),
                token + "x", "kdn_" + "A".repeat(64))) {
            assertRefused(call("/api/v1/me", bad));
        }
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertRefused(anonymous);
        assertThat(call("/api/v1/me", token).getStatus()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefusedOneThatNeverExpiresIsNot() throws Exception {
        IssuedApiToken month = create(company, company.teamLead(), TokenExpiry.DAYS_30);
        IssuedApiToken forever = create(company, company.teamLead(), TokenExpiry.NEVER);
        assertThat(forever.summary().expiresAt()).isNull();
        clock.advance(Duration.ofDays(29));
        assertThat(call("/api/v1/me", month.token()).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        assertRefused(call("/api/v1/me", month.token()));
        clock.advance(Duration.ofDays(3000));
        assertThat(call("/api/v1/me", forever.token()).getStatus()).isEqualTo(200);
    }

    @Test
    void onlyTheHashIsStoredAndLastUseIsNotedAtMostOnceAMinute() throws Exception {
        IssuedApiToken issued = create(company, company.hrAdmin(), TokenExpiry.DAYS_365);
        assertThat(storedHash(company, issued.summary().id())).isEqualTo(TokenText.hash(issued.token()))
                .doesNotContain(issued.token()).doesNotContain(issued.token().substring(4));
        assertThat(lastUsed(company, issued.summary().id())).isNull();

        call("/api/v1/me", issued.token());
        OffsetDateTime first = lastUsed(company, issued.summary().id());
        assertThat(first).isNotNull();
        clock.advance(Duration.ofSeconds(30));
        call("/api/v1/me", issued.token());
        assertThat(lastUsed(company, issued.summary().id())).isEqualTo(first);
        clock.advance(Duration.ofSeconds(45));
        call("/api/v1/me", issued.token());
        assertThat(lastUsed(company, issued.summary().id())).isAfter(first);
    }

    @Test
    void aDeactivatedPersonsTokenIsRefused() throws Exception {
        Company leaving = tenants.create("tokleave");
        IssuedApiToken issued = create(leaving, leaving.member(), TokenExpiry.NEVER);
        assertThat(call("/api/v1/me", issued.token()).getStatus()).isEqualTo(200);
        // No deactivation screen exists yet: change the status the way it would.
        ownerUpdate(leaving, "update employee set status = 'INACTIVE' where id = ?", leaving.member().id());
        assertRefused(call("/api/v1/me", issued.token()));
    }

    @Test
    void aSuspendedOrganisationsTokensStopWorkingAndWorkAgainWhenResumed() throws Exception {
        Company suspended = tenants.create("toksusp");
        IssuedApiToken issued = create(suspended, suspended.employee(), TokenExpiry.NEVER);
        assertThat(call("/api/v1/me", issued.token()).getStatus()).isEqualTo(200);
        organisations.changeStatus(suspended.id(), Organisation.Status.SUSPENDED);
        try {
            assertRefused(call("/api/v1/me", issued.token()));
            assertRefused(call("/api/v1/people", issued.token()));
        } finally {
            organisations.changeStatus(suspended.id(), Organisation.Status.ACTIVE);
        }
        assertThat(call("/api/v1/me", issued.token()).getStatus()).isEqualTo(200);
    }

    @Test
    void aTokenHasExactlyItsPersonsRights() throws Exception {
        Person outsider = company.outsider();
        IssuedApiToken employee = create(company, company.employee(), TokenExpiry.DAYS_30);
        IssuedApiToken hr = create(company, company.hrAdmin(), TokenExpiry.DAYS_30);
        IssuedApiToken manager = create(company, company.manager(), TokenExpiry.DAYS_30);

        MockHttpServletResponse asEmployee = call("/api/v1/people/" + outsider.id(), employee.token());
        assertThat(asEmployee.getStatus()).isEqualTo(200);
        assertThat(asEmployee.getContentAsString()).contains(outsider.familyName()).doesNotContain(outsider.phone());
        MockHttpServletResponse asHr = call("/api/v1/people/" + outsider.id(), hr.token());
        assertThat(asHr.getContentAsString()).contains(outsider.phone());
        // a manager sees their report's private fields, not a non-report's
        assertThat(call("/api/v1/people/" + company.employee().id(), manager.token()).getContentAsString())
                .contains(company.employee().phone());
        assertThat(call("/api/v1/people/" + outsider.id(), manager.token()).getContentAsString())
                .doesNotContain(outsider.phone());

        assertThat(call("/api/v1/me", hr.token()).getContentAsString()).contains("HR_ADMIN");
        assertThat(call("/api/v1/me", manager.token()).getContentAsString()).contains("MANAGER")
                .doesNotContain("HR_ADMIN");
        // operator endpoints stay closed to a tenant person's token
        assertThat(call("/api/v1/operator/tenants", hr.token()).getStatus()).isEqualTo(403);
    }

    @Test
    void bearerRequestsNeedNoCsrfTokenButSessionRequestsStillDo() throws Exception {
        IssuedApiToken issued = create(company, company.employee(), TokenExpiry.DAYS_30);
        // POST to a GET-only endpoint: past security the answer is 405, a CSRF refusal would be 403
        assertThat(mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andReturn().getResponse().getStatus()).isEqualTo(405);
        assertThat(mvc.perform(post("/api/v1/me").with(authentication(TestTenants.as(company, company.employee()))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void peopleRevokeTheirOwnTokensHrAdminsAnyoneInTheirTenantAndBothAreAudited() {
        IssuedApiToken employees = create(company, company.employee(), TokenExpiry.DAYS_30);
        IssuedApiToken members = create(company, company.member(), TokenExpiry.DAYS_30);
        Authentication employee = TestTenants.as(company, company.employee());
        Authentication hr = TestTenants.as(company, company.hrAdmin());

        assertThatThrownBy(() -> signedIn(employee, () -> {
            apiTokens.revoke(members.summary().id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(employee, apiTokens::everyone)).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn(employee, apiTokens::mine)).extracting(ApiTokenSummary::personId)
                .containsOnly(company.employee().id());

        List<ApiTokenSummary> everyone = signedIn(hr, apiTokens::everyone);
        assertThat(everyone).extracting(ApiTokenSummary::id).contains(employees.summary().id(), members.summary().id());
        signedIn(hr, () -> {
            apiTokens.revoke(members.summary().id());
            return null;
        });
        assertThat(signedIn(hr, apiTokens::everyone)).filteredOn(t -> t.id().equals(members.summary().id()))
                .singleElement().satisfies(t -> assertThat(t.active()).isFalse());

        List<AuditEntry> entries = signedIn(hr, () -> TenantScope.call(company.id(), () -> auditLog.search(
                AuditQuery.about(ApiTokens.SUBJECT, members.summary().id().toString()), 0, 10)));
        assertThat(entries).extracting(AuditEntry::action).contains("token.created", "token.revoked");
        assertThat(entries).allSatisfy(entry -> assertThat(String.valueOf(entry)).doesNotContain(members.token())
                .doesNotContain(TokenText.hash(members.token())));
    }

    @Test
    void aNameAndAnExpiryAreRequiredAndTheOperatorHasNoTokens() {
        Authentication employee = TestTenants.as(company, company.employee());
        assertThatThrownBy(() -> signedIn(employee, () -> apiTokens.create("  ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("name", "api-tokens.error.name.required")
                        .containsEntry("expiry", "api-tokens.error.expiry.required"));
        assertThatThrownBy(() -> signedIn(employee, () -> apiTokens.create("x".repeat(81), TokenExpiry.NEVER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> apiTokens.create("ops", TokenExpiry.NEVER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoTokensAreReplacedAtEveryStart() throws Exception {
        Company demo = tenants.create("tokdemo");
        List<String> emails = List.of(demo.hrAdmin().email(), demo.manager().email(), demo.employee().email(),
                "nobody@tokdemo.test");
        List<DemoApiToken> first = apiTokens.replaceDemoTokens(demo.id(), demo.slug(), emails);
        assertThat(first).extracting(DemoApiToken::email)
                .containsExactly(demo.hrAdmin().email(), demo.manager().email(), demo.employee().email());
        assertThat(call("/api/v1/me", first.get(2).token()).getContentAsString()).contains(demo.employee().email());

        List<DemoApiToken> second = apiTokens.replaceDemoTokens(demo.id(), demo.slug(), emails);
        for (DemoApiToken old : first) {
            assertRefused(call("/api/v1/me", old.token()));
        }
        assertThat(call("/api/v1/me", second.getFirst().token()).getContentAsString()).contains(demo.hrAdmin().email());
    }

    @Test
    void theOpenApiDocumentIsPublicAndListsTheEndpointsAndTheBearerScheme() throws Exception {
        MockHttpServletResponse spec = mvc.perform(get("/api/openapi.json")).andReturn().getResponse();
        assertThat(spec.getStatus()).isEqualTo(200);
        assertThat(spec.getContentAsString()).contains("/api/v1/me", "/api/v1/people", "/api/v1/people/{id}",
                "/api/v1/departments", "/api/v1/operator/tenants", "\"bearer\"", ApiDocumentation.BEARER_SCHEME,
                "\"People\"", "\"Me\"");
    }

    private String storedHash(Company in, UUID tokenId) throws Exception {
        return ownerRead(in, "select token_hash from api_token where id = ?", tokenId, String.class);
    }

    private OffsetDateTime lastUsed(Company in, UUID tokenId) throws Exception {
        return ownerRead(in, "select last_used_at from api_token where id = ?", tokenId, OffsetDateTime.class);
    }

    /** One value read as the owner role, the tenant bound (row-level security is forced on the owner too). */
    private <T> T ownerRead(Company in, String sql, UUID id, Class<T> type) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement query = owner.prepareStatement(sql)) {
            bind.setString(1, in.id().toString());
            bind.execute();
            query.setObject(1, id);
            ResultSet rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            return rows.getObject(1, type);
        }
    }

    private void ownerUpdate(Company in, String sql, UUID id) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement update = owner.prepareStatement(sql)) {
            bind.setString(1, in.id().toString());
            bind.execute();
            update.setObject(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
