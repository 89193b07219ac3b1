package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API and SCIM through the production jar's real servlet container, which MockMvc tests leave out:
 * Tomcat turns an error into a dispatch to /error, and there API callers used to meet the sign-in redirect
 * (a 302 for a POST without sign-in, for an employee's token on an admin or operator endpoint, for an unknown
 * path). Also running behind a TLS proxy: forwarded headers from a trusted proxy (the test connects from
 * the loopback address) make the request HTTPS, so the session cookie is Secure and HSTS is sent.
 */
class RestNeverRedirectsIT {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String EMPLOYEE = "sara.nilsson@acme.example";

    private static RunningKadens kadens;
    private static String employeeToken;
    private static String scimToken;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws SQLException {
        kadens = RunningKadens.shared();
        String employee = kadens.employeeId("acme", EMPLOYEE);
        TenantId acme = new TenantId(UUID.fromString(kadens.idInTenant("acme",
                "select id from tenant where slug = ?", "acme")));
        // Issued the way the product stores them (only the hash), straight into the jar's database.
        employeeToken = TenantTokens.newToken("kdn_", acme);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        scimToken = "kadens_scim_" + acme.value().toString().replace("-", "") + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection owner = kadens.database().openAsOwner()) {
            try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                bind.setString(1, acme.value().toString());
                bind.execute();
            }
            try (PreparedStatement token = owner.prepareStatement("""
                    insert into api_token (tenant_id, id, employee_id, name, token_hash, created_at, expires_at, scope)
                    values (?, gen_random_uuid(), ?::uuid, 'redirect check', ?, now(), now() + interval '1 day', 'READ_WRITE')""")) {
                token.setObject(1, acme.value());
                token.setString(2, employee);
                token.setString(3, TenantTokens.hash(employeeToken));
                token.executeUpdate();
            }
            try (PreparedStatement token = owner.prepareStatement("""
                    insert into scim_token (tenant_id, id, name, token_hash, expires_at)
                    values (?, gen_random_uuid(), 'redirect check', ?, now() + interval '1 day')""")) {
                token.setObject(1, acme.value());
                token.setString(2, TenantTokens.hash(scimToken));
                token.executeUpdate();
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kadens.baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
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
        assertThat(response.statusCode() / 100).as(what + " must not redirect: " + response.statusCode()).isNotEqualTo(3);
        assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String what) {
        assertNoRedirect(response, what);
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void withoutSignInEveryMethodGets401ProblemWithAChallenge() throws Exception {
        for (String method : METHODS) {
            for (String path : List.of("api/v1/me", "api/v1/operator/tenants", "api/v1/no-such-endpoint")) {
                HttpResponse<String> response = send(method, path);
                assertProblem(response, 401, method + " " + path);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
            }
        }
    }

    @Test
    void anEmployeesTokenOnAdminAndOperatorEndpointsGets403Problem() throws Exception {
        String employee = kadens.employeeId("acme", EMPLOYEE);
        for (List<String> call : List.of(List.of("GET", "api/v1/admin/people/" + employee),
                List.of("GET", "api/v1/admin/people"), List.of("GET", "api/v1/operator/tenants"),
                List.of("POST", "api/v1/operator/tenants"))) {
            assertProblem(send(call.get(0), call.get(1), "Authorization", "Bearer " + employeeToken), 403,
                    call.toString());
        }
        assertThat(send("GET", "api/v1/me", "Authorization", "Bearer " + employeeToken).statusCode()).isEqualTo(200);
    }

    @Test
    void errorsOfSignedInCallersAreProblemsAndScimErrorsNotRedirects() throws Exception {
        for (String method : METHODS) {
            HttpResponse<String> unknown = send(method, "api/v1/no-such-endpoint", "Authorization", "Bearer " + employeeToken);
            assertNoRedirect(unknown, method + " of an unknown API path");
            assertThat(unknown.statusCode()).isBetween(400, 499);
            assertThat(unknown.body()).doesNotContain("Exception", "at io.kadens");
            HttpResponse<String> scimUnknown = send(method, "scim/v2/Nothing", "Authorization", "Bearer " + scimToken);
            assertNoRedirect(scimUnknown, method + " of an unknown SCIM path");
            assertThat(scimUnknown.statusCode()).isBetween(400, 499);
            assertThat(scimUnknown.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        }
        assertProblem(send("PATCH", "api/v1/me", "Authorization", "Bearer " + employeeToken), 405, "PATCH /api/v1/me");
        for (String method : METHODS) {
            HttpResponse<String> scim = send(method, "scim/v2/Users");
            assertNoRedirect(scim, method + " /scim/v2/Users");
            assertThat(scim.statusCode()).isEqualTo(401);
            assertThat(scim.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        }
    }

    private HttpResponse<String> page(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kadens.baseUrl() + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", "text/html").GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5"};
        HttpResponse<String> home = page("", proxy);
        assertThat(home.statusCode()).as("pages still send people to sign in").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));
        assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(send("GET", "api/v1/me", proxy).headers().firstValue("Strict-Transport-Security")).isPresent();
        // The sign-in page opens a session: its cookie is Secure behind the proxy.
        HttpResponse<String> signIn = page("login", proxy);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));

        HttpResponse<String> plain = page("login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("; Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
