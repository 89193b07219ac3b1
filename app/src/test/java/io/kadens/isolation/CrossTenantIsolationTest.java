package io.kadens.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.organisation.Organisations;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cross-tenant isolation suite for the REST API: signed in as tenant A, every endpoint called
 * with tenant B's ids answers 403 or 404, or answers 200 with none of B's data in it.
 * Every feature adds its endpoints to {@link #endpoints()}; each is also tried with personal access
 * tokens of A's people, and with such a token whose tenant part names B.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIsolationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    Organisations organisations;
    @Autowired
    ApiTokens apiTokens;

    Company a;
    Company b;
    /** Personal access tokens of A's employee, manager and HR admin: every endpoint is tried with them too. */
    List<String> tokensOfA;

    /** An endpoint as a URL built from the other tenant's ids. */
    record Endpoint(String name, Function<Company, String> url) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("profile of B's employee", other -> "/api/v1/people/" + other.employee().id()),
                new Endpoint("profile of B's HR admin", other -> "/api/v1/people/" + other.hrAdmin().id()),
                new Endpoint("directory search for B's name", other -> "/api/v1/people?q=" + other.employee().familyName()),
                new Endpoint("directory search for B's email", other -> "/api/v1/people?q=" + other.employee().email()),
                new Endpoint("full directory", other -> "/api/v1/people"),
                new Endpoint("directory of B's department", other -> "/api/v1/people?department=" + other.salesId()),
                new Endpoint("departments", other -> "/api/v1/departments"),
                new Endpoint("me", other -> "/api/v1/me"),
                new Endpoint("operator tenant list", other -> "/api/v1/operator/tenants"));
    }

    /** Operator actions over REST: a tenant's people get 403, nobody signed in gets 401, nothing changes. */
    static Stream<Endpoint> operatorActions() {
        return Stream.of(
                new Endpoint("provision a tenant", other -> "/api/v1/operator/tenants"),
                new Endpoint("suspend B", other -> "/api/v1/operator/tenants/" + other.id() + "/suspend"),
                new Endpoint("resume B", other -> "/api/v1/operator/tenants/" + other.id() + "/resume"),
                new Endpoint("resend B's admin invitation",
                        other -> "/api/v1/operator/tenants/" + other.id() + "/resend-admin-invitation"));
    }

    private static final String PROVISIONING = """
            {"slug":"iso-provisioned","name":"Iso","locale":"en","timeZone":"UTC",
             "adminGivenName":"Iso","adminFamilyName":"Admin","adminEmail":"iso.admin@iso.test"}""";

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorActions")
    void operatorActionsAreRefusedToTenantPeopleAndToAnonymousCallers(Endpoint endpoint) throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.manager()),
                TestTenants.as(a, a.hrAdmin()))) {
            MockHttpServletResponse response = mvc.perform(post(endpoint.url().apply(b)).with(authentication(caller))
                    .with(csrf()).contentType("application/json").content(PROVISIONING)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " as " + caller.getName()).isEqualTo(403);
            assertThat(fingerprints(b)).noneMatch(response.getContentAsString()::contains);
        }
        MockHttpServletResponse anonymous = mvc.perform(post(endpoint.url().apply(b)).with(csrf())
                .contentType("application/json").content(PROVISIONING)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(organisations.byId(b.id()).orElseThrow().isActive()).isTrue();
        assertThat(organisations.bySlug("iso-provisioned")).isEmpty();
    }

    @BeforeAll
    void companies() {
        a = tenants.create("isoa");
        b = tenants.create("isob");
        tokensOfA = Stream.of(a.employee(), a.manager(), a.hrAdmin())
                .map(person -> TestTenants.signedIn(TestTenants.as(a, person),
                        () -> apiTokens.create("isolation", TokenExpiry.NEVER).token()))
                .toList();
    }

    private List<String> fingerprints(Company company) {
        return Stream.of(company.ceo(), company.hrAdmin(), company.manager(), company.employee(), company.teamLead(),
                        company.member(), company.outsider())
                .flatMap((Person p) -> Stream.of(p.id().toString(), p.email(), p.familyName(), p.phone()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void tenantAsPeopleNeverSeeTenantBsData(Endpoint endpoint) throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.manager()),
                TestTenants.as(a, a.hrAdmin()))) {
            MockHttpServletResponse response = mvc.perform(get(endpoint.url().apply(b)).with(authentication(caller)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " as " + caller.getName()).isIn(200, 403, 404);
            String body = response.getContentAsString();
            assertThat(fingerprints(b)).as(endpoint + " leaks tenant B data").noneMatch(body::contains);
            assertThat(body).doesNotContain(b.slug());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void tenantAsTokensNeverSeeTenantBsData(Endpoint endpoint) throws Exception {
        for (String token : tokensOfA) {
            MockHttpServletResponse response = mvc.perform(get(endpoint.url().apply(b))
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " with a token of A").isIn(200, 403, 404);
            String body = response.getContentAsString();
            assertThat(fingerprints(b)).as(endpoint + " leaks tenant B data to a token").noneMatch(body::contains);
            assertThat(body).doesNotContain(b.slug());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenOfAWithBsTenantIdForgedInItGets401(Endpoint endpoint) throws Exception {
        for (String token : tokensOfA) {
            byte[] bytes = Base64.getUrlDecoder().decode(token.substring("kdn_".length()));
            ByteBuffer.wrap(bytes).putLong(b.id().value().getMostSignificantBits())
                    .putLong(b.id().value().getLeastSignificantBits());
            String forged = "kdn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            MockHttpServletResponse response = mvc.perform(get(endpoint.url().apply(b))
                    .header("Authorization", "Bearer " + forged)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " with a forged token").isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
            assertThat(fingerprints(b)).noneMatch(response.getContentAsString()::contains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theOperatorSeesNoTenantsPeople(Endpoint endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(endpoint.url().apply(b))
                .with(authentication(TestTenants.operator()))).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(fingerprints(b)).noneMatch(body::contains);
        assertThat(fingerprints(a)).noneMatch(body::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutSignInEveryEndpointAnswers401(Endpoint endpoint) throws Exception {
        assertThat(mvc.perform(get(endpoint.url().apply(b))).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anotherTenantsIdAnswersExactlyLikeAnIdThatNeverExisted() throws Exception {
        var caller = authentication(TestTenants.as(a, a.hrAdmin()));
        int foreign = mvc.perform(get("/api/v1/people/" + b.employee().id()).with(caller)).andReturn().getResponse().getStatus();
        int missing = mvc.perform(get("/api/v1/people/" + java.util.UUID.randomUUID()).with(caller)).andReturn().getResponse().getStatus();
        int own = mvc.perform(get("/api/v1/people/" + a.employee().id()).with(caller)).andReturn().getResponse().getStatus();
        assertThat(foreign).isEqualTo(404).isEqualTo(missing);
        assertThat(own).isEqualTo(200);
    }

    @Test
    void theOperatorTenantListShowsCountsButNoPeople() throws Exception {
        String body = mvc.perform(get("/api/v1/operator/tenants").with(authentication(TestTenants.operator())))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(a.slug(), b.slug());
        assertThat(fingerprints(a)).noneMatch(body::contains);
    }
}
