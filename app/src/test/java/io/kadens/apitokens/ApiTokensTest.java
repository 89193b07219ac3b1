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

    @Autowired
    ApiTokenRepository tokenRepository;
    @Autowired
    io.kadens.security.CurrentUser currentUser;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    /** The service as demo mode has it (this test context runs with KADENS_DEMO=false). */
    private ApiTokens inDemoMode() {
        return new ApiTokens(tokenRepository, currentUser, auditLog, clock, transactionManager, true);
    }

    @Test
    void demoTokensAreReplacedAtEveryDemoStart() {
        Company demo = tenants.create("tokdemo");
        List<String> emails = List.of(demo.hrAdmin().email(), demo.manager().email(), demo.employee().email(),
                "nobody@tokdemo.test");
        List<DemoApiToken> first = inDemoMode().replaceDemoTokens(demo.id(), demo.slug(), emails);
        assertThat(first).extracting(DemoApiToken::email)
                .containsExactly(demo.hrAdmin().email(), demo.manager().email(), demo.employee().email());
        List<DemoApiToken> second = inDemoMode().replaceDemoTokens(demo.id(), demo.slug(), emails);
        List<ApiTokenSummary> all = signedIn(TestTenants.as(demo, demo.hrAdmin()), () -> apiTokens.everyone());
        assertThat(all).filteredOn(token -> token.revokedAt() == null).hasSize(second.size());
        assertThat(all).filteredOn(token -> token.revokedAt() != null).hasSize(first.size());
        // The banner prints the token; the record printed anywhere else (a log line) does not.
        assertThat(first.getFirst().toString()).doesNotContain(first.getFirst().token()).contains("hidden");
    }

    @Test
    void outsideDemoModeNoDemoTokenIsIssuedAndNoneLeftFromADemoStartWorks() throws Exception {
        Company demo = tenants.create("tokdemooff");
        List<DemoApiToken> left = inDemoMode().replaceDemoTokens(demo.id(), demo.slug(), List.of(demo.employee().email()));
        assertThatThrownBy(() -> apiTokens.replaceDemoTokens(demo.id(), demo.slug(), List.of(demo.employee().email())))
                .isInstanceOf(IllegalStateException.class);
        // This application runs with KADENS_DEMO=false: the demo start's token is refused like a revoked one.
        assertRefused(call("/api/v1/me", left.getFirst().token()));
        assertThat(call("/api/v1/me", create(demo, demo.employee(), TokenExpiry.DAYS_30).token()).getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse send(org.springframework.http.HttpMethod method, String url, String token,
                                         String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, url)
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request = request.contentType("application/json").content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aReadOnlyTokenReadsAndEveryWriteItTriesIsRefusedWith403() throws Exception {
        Person employee = company.employee();
        IssuedApiToken reader = signedIn(TestTenants.as(company, employee),
                () -> apiTokens.create("dashboard", TokenExpiry.DAYS_30, TokenScope.READ));
        IssuedApiToken writer = signedIn(TestTenants.as(company, employee),
                () -> apiTokens.create("sync", TokenExpiry.DAYS_30, TokenScope.READ_WRITE));
        assertThat(reader.summary().scope()).isEqualTo(TokenScope.READ);
        assertThat(call("/api/v1/me", reader.token()).getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/api-tokens", reader.token()).getContentAsString()).contains("\"scope\":\"READ\"");

        String newToken = "{\"name\":\"more\",\"expiry\":\"DAYS_30\",\"scope\":\"READ\"}";
        for (var write : List.of(
                new Object[] {org.springframework.http.HttpMethod.POST, "/api/v1/api-tokens", newToken},
                new Object[] {org.springframework.http.HttpMethod.PUT, "/api/v1/api-tokens/policy", "{\"maxLifetimeDays\":1}"},
                new Object[] {org.springframework.http.HttpMethod.PATCH, "/api/v1/api-tokens/policy", "{}"},
                new Object[] {org.springframework.http.HttpMethod.DELETE, "/api/v1/api-tokens/" + writer.summary().id(), null})) {
            MockHttpServletResponse refused = send((org.springframework.http.HttpMethod) write[0], (String) write[1],
                    reader.token(), (String) write[2]);
            assertThat(refused.getStatus()).as(write[0] + " " + write[1]).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getContentAsString()).contains("\"reason\":\"read-only-token\"", "may only read");
        }
        assertThat(signedIn(TestTenants.as(company, employee), () -> apiTokens.mine()))
                .as("nothing was created or revoked").filteredOn(t -> t.id().equals(writer.summary().id()))
                .singleElement().satisfies(t -> assertThat(t.active()).isTrue());

        MockHttpServletResponse created = send(org.springframework.http.HttpMethod.POST, "/api/v1/api-tokens",
                writer.token(), newToken);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"token\":\"kdn_", "\"scope\":\"READ\"");
    }

    @Test
    void theOrganisationsLongestLifetimeLimitsNewTokensOverRestAndInTheServiceAndEndsOlderTokens() throws Exception {
        Company limited = tenants.create("toklimit");
        IssuedApiToken old = create(limited, limited.employee(), TokenExpiry.NEVER);
        IssuedApiToken hrToken = create(limited, limited.hrAdmin(), TokenExpiry.DAYS_30);
        IssuedApiToken employeeToken = create(limited, limited.employee(), TokenExpiry.DAYS_30);

        assertThat(send(org.springframework.http.HttpMethod.PUT, "/api/v1/api-tokens/policy", employeeToken.token(),
                "{\"maxLifetimeDays\":60}").getStatus()).as("HR admins only").isEqualTo(403);
        assertThat(send(org.springframework.http.HttpMethod.PUT, "/api/v1/api-tokens/policy", hrToken.token(),
                "{\"maxLifetimeDays\":0}").getStatus()).isEqualTo(400);
        MockHttpServletResponse set = send(org.springframework.http.HttpMethod.PUT, "/api/v1/api-tokens/policy",
                hrToken.token(), "{\"maxLifetimeDays\":60}");
        assertThat(set.getStatus()).isEqualTo(200);
        assertThat(set.getContentAsString()).contains("\"maxLifetimeDays\":60", "\"allowedExpiries\":[\"DAYS_30\"]");

        MockHttpServletResponse tooLong = send(org.springframework.http.HttpMethod.POST, "/api/v1/api-tokens",
                employeeToken.token(), "{\"name\":\"ci\",\"expiry\":\"DAYS_365\",\"scope\":\"READ\"}");
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("\"field\":\"expiry\"", "api-tokens.error.expiry.too-long",
                "Your organisation allows shorter-lived tokens only");
        assertThatThrownBy(() -> create(limited, limited.employee(), TokenExpiry.NEVER))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("expiry", "api-tokens.error.expiry.too-long"));
        assertThat(create(limited, limited.employee(), TokenExpiry.DAYS_30).summary().active()).isTrue();

        // A token made before the limit works until it is older than the limit.
        assertThat(call("/api/v1/me", old.token()).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofDays(61));
        assertRefused(call("/api/v1/me", old.token()));
        assertThat(signedIn(TestTenants.as(limited, limited.employee()), () -> apiTokens.mine()))
                .filteredOn(t -> t.id().equals(old.summary().id())).singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
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
