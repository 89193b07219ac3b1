package io.kadens.platform;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every pooled connection in use for longer than a request may wait: the REST API answers 503 problem+json with
 * Retry-After and says Kadens is busy, both where the bearer token is checked (a filter, before any controller)
 * and inside a controller for a signed-in session; once a connection is free again, the same requests succeed.
 */
@KadensSpringTest
class PoolExhaustionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    DataSource dataSource;

    @Test
    void aRequestThatGetsNoConnectionInTimeIsAnswered503WithRetryAfter() throws Exception {
        Company c = tenants.create("poolbusy");
        String token = signedIn(as(c, c.employee()), () -> apiTokens.create("busy", TokenExpiry.DAYS_30).token());
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long waitBefore = pool.getHikariConfigMXBean().getConnectionTimeout();
        int size = pool.getHikariConfigMXBean().getMaximumPoolSize();
        List<Connection> held = new ArrayList<>();
        try {
            // Short waits keep the test quick; the behaviour is the same at the configured wait.
            pool.getHikariConfigMXBean().setConnectionTimeout(250);
            while (held.size() < size) {
                held.add(pool.getConnection());
            }

            MockHttpServletResponse byToken = mvc.perform(get("/api/v1/goals/mine")
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
            assertBusy(byToken);

            MockHttpServletResponse bySession = mvc.perform(get("/api/v1/goals/mine")
                    .with(authentication(as(c, c.employee())))).andReturn().getResponse();
            assertBusy(bySession);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(waitBefore);
        }

        assertThat(mvc.perform(get("/api/v1/goals/mine").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/goals/mine").with(authentication(as(c, c.employee()))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private static void assertBusy(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asString()).isEqualTo("Service Unavailable");
        assertThat(problem.get("detail").asString()).contains("too busy").contains("Nothing was saved");
    }
}
