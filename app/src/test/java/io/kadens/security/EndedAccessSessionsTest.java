package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.people.PeopleAdministration;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/** An open session ends at its next request once the person's access has ended, not when it expires. */
@KadensSpringTest
class EndedAccessSessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static MockHttpSession sessionOf(org.springframework.security.core.Authentication user) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(user));
        return session;
    }

    @Test
    void theSessionOfADeactivatedPersonEndsAtItsNextRequestAndAColleaguesDoesNot() throws Exception {
        Company company = tenants.create("ended");
        MockHttpSession employee = sessionOf(TestTenants.as(company, company.employee()));
        MockHttpSession colleague = sessionOf(TestTenants.as(company, company.teamLead()));
        assertThat(mvc.perform(get("/api/v1/me").session(employee)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/me").session(colleague)).andReturn().getResponse().getStatus()).isEqualTo(200);

        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            long version = administration.editable(company.employee().id()).orElseThrow().version();
            administration.deactivate(company.employee().id(), null, version);
            return null;
        });
        clock.advance(EndedAccessSessions.RECHECK_AFTER.plusSeconds(1));

        var refused = mvc.perform(get("/api/v1/me").session(employee)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(employee.isInvalid()).isTrue();
        var again = mvc.perform(get("/api/v1/me").session(sessionOf(TestTenants.as(company, company.employee()))))
                .andReturn().getResponse();
        assertThat(again.getStatus()).as("any other session of theirs too").isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/me").session(colleague)).andReturn().getResponse().getStatus())
                .as("others carry on").isEqualTo(200);
        assertThat(colleague.isInvalid()).isFalse();
    }
}
