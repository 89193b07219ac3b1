package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.scim.ScimTokens;
import io.kadens.support.TestClock;
import io.kadens.support.TestDatabaseInitializer;
import io.kadens.support.TestMailInitializer;
import io.kadens.support.TestSlackInitializer;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The same answers through the real servlet container, which {@code MockMvc} leaves out: Tomcat turns an
 * error into a dispatch to /error, and that dispatch is where API callers used to meet the sign-in redirect
 * (a 302 for a POST without sign-in, for an employee's token on an admin endpoint, for an unknown path).
 * Also the settings for running behind a TLS proxy: forwarded headers from a trusted proxy make the request
 * secure, so the session cookie is {@code Secure} and HSTS is sent.
 *
 * <p>A second application context (with a real port) next to the shared {@code MockMvc} one; it runs no
 * scheduled work, so it never competes with other tests for outbox rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kadens.notifications.scheduling=false")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class, TestSlackInitializer.class})
@Import(TestClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAnswersOverHttpTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    ScimTokens scimTokens;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    Company company;
    String employeeToken;
    String scimToken;

    @BeforeAll
    void company() {
        company = tenants.create("overhttp");
        employeeToken = TestTenants.signedIn(TestTenants.as(company, company.employee()),
                () -> apiTokens.create("over http", TokenExpiry.DAYS_30).token());
        scimToken = TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()),
                () -> scimTokens.create("over http")).secret();
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoRedirect(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + " must not redirect").isNotBetween(300, 399);
        assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
    }

    @Test
    void withoutSignInEveryMethodGets401ProblemNeverTheSignInPage() throws Exception {
        for (String method : METHODS) {
            for (String path : List.of("/api/v1/me", "/api/v1/operator/tenants", "/api/v1/no-such-endpoint")) {
                HttpResponse<String> response = send(method, path);
                assertNoRedirect(response, method + " " + path);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
    }

    @Test
    void anEmployeesTokenOnAdminAndOperatorEndpointsGets403Problem() throws Exception {
        for (var call : List.of(List.of("GET", "/api/v1/admin/people/" + company.employee().id()),
                List.of("GET", "/api/v1/admin/people"), List.of("GET", "/api/v1/operator/tenants"),
                List.of("POST", "/api/v1/operator/tenants"),
                List.of("POST", "/api/v1/operator/tenants/" + company.id().value() + "/suspend"))) {
            HttpResponse<String> response = send(call.get(0), call.get(1), "Authorization", "Bearer " + employeeToken);
            assertNoRedirect(response, call.toString());
            assertThat(response.statusCode()).as(call.toString()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void errorsOfSignedInCallersAreNoRedirectsEither() throws Exception {
        for (String method : METHODS) {
            HttpResponse<String> unknown = send(method, "/api/v1/no-such-endpoint", "Authorization", "Bearer " + employeeToken);
            assertNoRedirect(unknown, method + " of an unknown path");
            assertThat(unknown.statusCode()).isBetween(400, 499);
            HttpResponse<String> scimUnknown = send(method, "/scim/v2/Nothing", "Authorization", "Bearer " + scimToken);
            assertNoRedirect(scimUnknown, method + " of an unknown SCIM path");
            assertThat(scimUnknown.statusCode()).isBetween(400, 499);
        }
        HttpResponse<String> wrongMethod = send("PATCH", "/api/v1/me", "Authorization", "Bearer " + employeeToken);
        assertNoRedirect(wrongMethod, "PATCH /api/v1/me");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }

    @Test
    void scimWithoutATokenGets401WhateverTheMethod() throws Exception {
        for (String method : METHODS) {
            HttpResponse<String> response = send(method, "/scim/v2/Users");
            assertNoRedirect(response, method + " /scim/v2/Users");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        }
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        // The test client connects from 127.0.0.1, a trusted proxy address by default.
        HttpResponse<String> viaProxy = send("GET", "/", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");
        assertThat(viaProxy.statusCode()).as("pages still send people to sign in").isEqualTo(302);
        assertThat(viaProxy.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        HttpResponse<String> apiViaProxy = send("GET", "/api/v1/me", "X-Forwarded-Proto", "https");
        assertThat(apiViaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = send("GET", "/");
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(
                cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
