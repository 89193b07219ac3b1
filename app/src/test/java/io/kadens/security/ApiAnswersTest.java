package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The REST API and SCIM answer like APIs, never with the sign-in page: 401 with a challenge for a caller
 * who is not signed in, whatever the method; 403 problem+json for a signed-in caller without the right,
 * by token or session; a session's CSRF failure says so. (The real servlet container's error dispatch:
 * {@code io.kadens.browser.RestNeverRedirectsIT}.)
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAnswersTest {

    static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;

    Company company;
    String employeeToken;

    @BeforeAll
    void company() {
        company = tenants.create("answers");
        employeeToken = TestTenants.signedIn(TestTenants.as(company, company.employee()),
                () -> apiTokens.create("answers", TokenExpiry.DAYS_30).token());
    }

    static Stream<String> apiPaths() {
        return Stream.of("/api/v1/me", "/api/v1/people", "/api/v1/admin/people/00000000-0000-0000-0000-000000000001",
                "/api/v1/operator/tenants", "/api/v1/goals", "/api/v1/no-such-endpoint");
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, java.util.function.UnaryOperator<
            MockHttpServletRequestBuilder> with) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
            request = request.contentType("application/json").content("{}");
        }
        return mvc.perform(with.apply(request)).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String what) throws Exception {
        assertThat(response.getStatus()).as(what).isEqualTo(status);
        assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
        assertThat(response.getRedirectedUrl()).as(what).isNull();
        assertThat(response.getHeader("Location")).as(what).isNull();
        assertThat(response.getContentAsString()).as(what).contains("\"status\":" + status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiPaths")
    void anyMethodWithoutSignInGets401ProblemWithAChallenge(String path) throws Exception {
        for (HttpMethod method : METHODS) {
            MockHttpServletResponse response = perform(method, path, r -> r);
            assertProblem(response, 401, method + " " + path);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer realm=\"Kadens\"");
            assertThat(response.getContentAsString()).contains("Authorization: Bearer");
            // Also with a CSRF token, and with a session cookie that has nobody in it.
            assertProblem(perform(method, path, r -> r.with(csrf())), 401, method + " " + path + " with CSRF");
            assertProblem(perform(method, path, r -> r.session(new MockHttpSession())), 401,
                    method + " " + path + " with an empty session");
        }
    }

    @Test
    void theAnswerIsInTheCallersLanguage() throws Exception {
        MockHttpServletResponse swedish = perform(HttpMethod.POST, "/api/v1/me", r -> r.header("Accept-Language", "sv"));
        assertProblem(swedish, 401, "Swedish");
        assertThat(swedish.getContentAsString()).contains("Logga in");
    }

    @Test
    void aBadTokenGets401WithTheInvalidTokenChallenge() throws Exception {
        for (HttpMethod method : METHODS) {
            MockHttpServletResponse response = perform(method, "/api/v1/me",
                    r -> r.header("Authorization", "Bearer kdn_not-a-token"));
            assertProblem(response, 401, method.name());
            assertThat(response.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
    }

    static Stream<Object[]> forbidden() {
        return Stream.of(new Object[] {HttpMethod.GET, "/api/v1/admin/people"},
                new Object[] {HttpMethod.GET, "/api/v1/admin/people/%s"},
                new Object[] {HttpMethod.PUT, "/api/v1/admin/people/%s?version=0"},
                new Object[] {HttpMethod.GET, "/api/v1/operator/tenants"},
                new Object[] {HttpMethod.POST, "/api/v1/operator/tenants"},
                new Object[] {HttpMethod.POST, "/api/v1/operator/tenants/%s/suspend"});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forbidden")
    void anEmployeeOnAdminAndOperatorEndpointsGets403ProblemByTokenAndBySession(HttpMethod method, String template)
            throws Exception {
        String path = template.formatted(company.employee().id());
        assertProblem(perform(method, path, r -> r.header("Authorization", "Bearer " + employeeToken)), 403,
                "token " + method + " " + path);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(TestTenants.as(company, company.employee())));
        MockHttpServletResponse bySession = perform(method, path, r -> r.session(session).with(csrf()));
        assertProblem(bySession, 403, "session " + method + " " + path);
        assertThat(bySession.getContentAsString()).contains("You do not have the rights");
    }

    @Test
    void aSessionsWriteWithoutAValidCsrfTokenGets403ProblemThatSaysSo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(TestTenants.as(company, company.employee())));
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            for (var attempt : List.<java.util.function.UnaryOperator<MockHttpServletRequestBuilder>>of(
                    r -> r.session(session), r -> r.session(session).with(csrf().useInvalidToken()))) {
                MockHttpServletResponse response = perform(method, "/api/v1/api-tokens", attempt);
                assertProblem(response, 403, method + " without a valid CSRF token");
                assertThat(response.getContentAsString()).contains("\"reason\":\"csrf\"", "CSRF");
            }
        }
        // The same session with its CSRF token is let through.
        assertThat(perform(HttpMethod.POST, "/api/v1/api-tokens", r -> r.session(session).with(csrf())
                .content("{\"name\":\"with csrf\",\"expiry\":\"DAYS_30\",\"scope\":\"READ\"}")).getStatus())
                .isEqualTo(201);
    }

    @Test
    void scimWithoutAValidTokenGets401ScimErrorsWhateverTheMethod() throws Exception {
        for (HttpMethod method : METHODS) {
            for (String path : List.of("/scim/v2/Users", "/scim/v2/Users/" + company.employee().id(), "/scim/v2/Nothing")) {
                MockHttpServletResponse response = perform(method, path, r -> r);
                assertThat(response.getStatus()).as(method + " " + path).isEqualTo(401);
                assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
                assertThat(response.getContentType()).startsWith("application/scim+json");
                assertThat(response.getContentAsString()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
                assertThat(response.getRedirectedUrl()).isNull();
            }
        }
    }

    @Test
    void pagesStillSendPeopleWhoAreNotSignedInToTheSignInPage() throws Exception {
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/people")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }
}
