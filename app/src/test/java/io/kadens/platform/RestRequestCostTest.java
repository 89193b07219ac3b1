package io.kadens.platform;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycleData;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.QueryCounter;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the REST persona mix of the load benchmark ({@code RestLoadBenchmark}) costs the database per request,
 * counted on the request's thread: the statements jOOQ runs and the transactions begun (each adds the tenant
 * binding and a commit). The tenant's settings are read once per request at most, and giving feedback writes no
 * entry in the event publication registry (docs/decisions/2026-12-06-rest-persona-load.md).
 */
@KadensSpringTest
class RestRequestCostTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThreadLocal<AtomicInteger> BEGUN = new ThreadLocal<>();
    private static final AtomicInteger REGISTERED = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    QueryCounter queries;
    @Autowired
    GoalAdministration administration;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void countTransactions() {
        if (REGISTERED.getAndIncrement() == 0) {
            ((AbstractPlatformTransactionManager) transactionManager).addListener(new TransactionExecutionListener() {
                @Override
                public void beforeBegin(TransactionExecution transaction) {
                    AtomicInteger begun = BEGUN.get();
                    if (begun != null) {
                        begun.incrementAndGet();
                    }
                }
            });
        }
    }

    record Cost(String operation, int status, int statements, int transactions, List<String> sql) {
    }

    @Test
    void thePersonaMixPerRequest() throws Exception {
        Company c = tenants.create("restcost");
        UUID cycle = signedIn(as(c, c.hrAdmin()), () -> administration.createCycle(new GoalCycleData("Now",
                CycleKind.QUARTER, TestTenants.today().minusDays(30), TestTenants.today().plusDays(60), false)));
        String token = signedIn(as(c, c.manager()), () -> apiTokens.create("cost", TokenExpiry.DAYS_30).token());
        String goal = JSON.readTree(call(post("/api/v1/goals"), token, """
                {"title": "Ship the importer", "level": "INDIVIDUAL", "visibility": "TENANT", "kind": "BUSINESS",
                 "cycleId": "%s"}""".formatted(cycle)).getContentAsString()).get("id").asString();
        String kr = JSON.readTree(call(post("/api/v1/goals/" + goal + "/key-results"), token, """
                {"title": "Customers importing", "type": "NUMERIC", "startValue": 0, "targetValue": 40}""")
                .getContentAsString()).get("id").asString();
        assertThat(call(put("/api/v1/goals/" + goal + "/status"), token, "{\"version\": 0, \"status\": \"ACTIVE\"}")
                .getStatus()).isEqualTo(200);
        // Warm: the token's last use recorded, the roll-up cache filled.
        for (int i = 0; i < 2; i++) {
            call(get("/api/v1/goals/mine"), token, null);
            call(get("/api/v1/goals/team"), token, null);
        }

        List<Cost> costs = new ArrayList<>();
        costs.add(cost("GET goals/mine", get("/api/v1/goals/mine"), token, null));
        costs.add(cost("GET goals/team", get("/api/v1/goals/team"), token, null));
        costs.add(cost("GET feedback/received", get("/api/v1/feedback/received"), token, null));
        costs.add(cost("GET org-chart", get("/api/v1/org-chart"), token, null));
        costs.add(cost("GET people?q", get("/api/v1/people?q=anna"), token, null));
        costs.add(cost("POST check-in", post("/api/v1/goals/" + goal + "/check-ins"), token,
                "{\"keyResultId\":\"" + kr + "\",\"value\":5,\"confidence\":7,\"comment\":\"c\"}"));
        costs.add(cost("POST feedback", post("/api/v1/feedback"), token,
                "{\"receiverId\":\"" + c.employee().id() + "\",\"text\":\"Thanks for the clear plan.\"}"));
        costs.add(cost("GET goals/mine after check-in", get("/api/v1/goals/mine"), token, null));
        costs.add(cost("GET goals/team after check-in", get("/api/v1/goals/team"), token, null));
        for (Cost cost : costs) {
            System.out.printf("[cost] %-32s %d  statements %2d  transactions %d%n", cost.operation(), cost.status(),
                    cost.statements(), cost.transactions());
            assertThat(cost.status()).as(cost.operation()).isBetween(200, 201);
            // TenantSettingsService.current(): the organisation and its settings, read once per transaction.
            assertThat(cost.sql().stream().filter(sql -> sql.startsWith("select \"public\".\"tenant_settings\"")))
                    .as(cost.operation() + ": readings of the tenant's settings\n" + String.join("\n", cost.sql()))
                    .hasSizeLessThanOrEqualTo(1);
        }
        Cost feedback = costs.stream().filter(cost -> cost.operation().equals("POST feedback")).findFirst().orElseThrow();
        // The token check, the pilot gate, the giving; the summary's warm-up adds none (no publication registry).
        assertThat(feedback.transactions()).isEqualTo(3);
    }

    private Cost cost(String name, MockHttpServletRequestBuilder request, String token, String body) {
        AtomicInteger begun = new AtomicInteger();
        BEGUN.set(begun);
        try {
            QueryCounter.Counted<MockHttpServletResponse> counted = queries.count(() -> call(request, token, body));
            return new Cost(name, counted.value().getStatus(), counted.queries(), begun.get(), counted.statements());
        } finally {
            BEGUN.remove();
        }
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String body) {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
