package io.kadens.security;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.QueryCounter;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What checking a personal access token costs the database per request (docs/decisions/2026-12-06-rest-request-cost.md):
 * the organisation, the token and the person with their roles, three statements, read once; the check that ends
 * stale browser sessions does not read the same person again for a bearer request.
 */
@KadensSpringTest
class BearerRequestCostTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    QueryCounter queries;
    @Autowired
    TestClock clock;

    @Test
    void aBearerRequestReadsItsTokenAndPersonOnceInThreeStatements() throws Exception {
        Company c = tenants.create("bearercost");
        String token = signedIn(as(c, c.manager()), () -> apiTokens.create("cost", TokenExpiry.DAYS_30).token());
        // The first use also records when the token was last used (at most once a minute).
        assertThat(me(token).getStatus()).isEqualTo(200);
        // Past the sessions' re-check interval, so a second reading of the person would show.
        clock.advance(EndedAccessSessions.RECHECK_AFTER.plusSeconds(1));

        QueryCounter.Counted<MockHttpServletResponse> counted = queries.count(() -> me(token));

        assertThat(counted.value().getStatus()).isEqualTo(200);
        assertThat(counted.value().getContentAsString()).contains("MANAGER");
        // Organisation, token, person with stored roles and "has an active report" in one: three statements.
        assertThat(counted.queries()).as(String.join("\n", counted.statements())).isEqualTo(3);
    }

    private MockHttpServletResponse me(String token) {
        try {
            return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
