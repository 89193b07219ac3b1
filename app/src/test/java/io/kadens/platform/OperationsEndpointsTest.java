package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestOperationsInitializer;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operations rely on: metrics for Prometheus (closed without the scrape token, no ids in them),
 * readiness that does not depend on mail, and a request id on every answer.
 */
@KadensSpringTest
class OperationsEndpointsTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthContributorRegistry health;

    @Autowired
    ApiErrors errors;

    @Test
    void metricsAreClosedWithoutTheScrapeToken() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
                .andReturn().getResponse().getStatus()).isIn(302, 401, 403);
    }

    @Test
    void aScrapeShowsLatencyPoolBacklogAndAiMetricsWithoutIds() throws Exception {
        // Paths with ids in them: their metrics must be tagged by template (or not at all), never by the raw id.
        String tenantLikeId = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/goals/" + tenantLikeId));
        mvc.perform(get("/actuator/health").header("X-Tenant", tenantLikeId));

        var response = mvc.perform(get("/actuator/prometheus")
                .header("Authorization", "Bearer " + TestOperationsInitializer.SCRAPE_TOKEN)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String scrape = response.getContentAsString();
        assertThat(scrape).contains("http_server_requests_seconds_bucket", "uri=\"/actuator/health\"",
                "hikaricp_connections_active", "hikaricp_connections_pending", "kadens_outbox_backlog",
                "kadens_ai_embedding_latency_seconds");
        assertThat(scrape.lines().filter(line -> UUID_TEXT.matcher(line).find()).toList())
                .as("scrape lines with an id in them").isEmpty();
        // Route latency comes from http.server.requests; the security filters are not observed one by one, which
        // cost every request a few per cent of its CPU (docs/decisions/2026-12-06-rest-persona-load.md).
        assertThat(scrape).doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @Test
    void readinessAndHealthDoNotDependOnMail() throws Exception {
        assertThat(health.getContributor("mail")).as("a mail health contributor").isNull();
        var readiness = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();
        assertThat(readiness.getStatus()).isEqualTo(200);
        assertThat(readiness.getContentAsString()).contains("\"status\":\"UP\"");
        assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDatabaseThatIsBrieflyAwayIsA503SayingNothingWasSaved() {
        var restarting = new org.springframework.dao.DataAccessResourceFailureException("gone",
                new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
        var problem = errors.refusedByTheDatabase(restarting);
        assertThat(problem.getStatusCode().value()).isEqualTo(503);
        assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(problem.getBody().getDetail()).contains("Nothing was saved").doesNotContain("administrator", "57P01");
        var noConnection = errors.noTransaction(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction"));
        assertThat(noConnection.getStatusCode().value()).isEqualTo(503);
        assertThat(noConnection.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        // A statement the database refuses as such stays what it was (here: not a 503).
        var syntax = new org.springframework.jdbc.BadSqlGrammarException("query", "select",
                new java.sql.SQLException("syntax error", "42601"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors.refusedByTheDatabase(syntax)).isSameAs(syntax);
        assertThat(ApiErrors.databaseUnavailable(syntax)).isFalse();
    }

    @Test
    void everyAnswerCarriesARequestIdAndAPlainOfferedIdIsKept() throws Exception {
        var offered = mvc.perform(get("/actuator/health").header(RequestIds.HEADER, "lb-7f3a9c21")).andReturn().getResponse();
        assertThat(offered.getHeader(RequestIds.HEADER)).isEqualTo("lb-7f3a9c21");
        var forged = mvc.perform(get("/actuator/health").header(RequestIds.HEADER, "x\" injected=\"1"))
                .andReturn().getResponse();
        assertThat(forged.getHeader(RequestIds.HEADER)).matches(UUID_TEXT).isNotEqualTo("x\" injected=\"1");
        var none = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(none.getHeader(RequestIds.HEADER)).matches(UUID_TEXT);
    }
}
