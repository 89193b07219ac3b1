package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.people.PeopleAdministration;
import io.kadens.tenants.TenantScope;
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
    @Autowired
    Organisations organisations;

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

    @Test
    void anOpenPageOfASuspendedOrganisationIsSentToTheSuspensionMessageNotToSessionExpired() throws Exception {
        Company company = tenants.create("paused");
        MockHttpSession page = sessionOf(TestTenants.as(company, company.employee()));
        assertThat(mvc.perform(get("/api/v1/me").session(page)).andReturn().getResponse().getStatus()).isEqualTo(200);
        TenantScope.call(company.id(), () -> organisations.changeStatus(company.id(), Organisation.Status.SUSPENDED));
        clock.advance(EndedAccessSessions.RECHECK_AFTER.plusSeconds(1));

        // The page's heartbeat comes first: the session stays, so the page does not learn "session expired" ...
        try {
            mvc.perform(post("/").param("v-r", "heartbeat").param("v-uiId", "0").session(page)).andReturn();
        } catch (jakarta.servlet.ServletException passedOn) {
            // The heartbeat went on to Vaadin's servlet, which this test's mock servlet context does not have.
            assertThat(passedOn).hasMessageContaining("springServlet");
        }
        assertThat(page.isInvalid()).as("session after a heartbeat").isFalse();
        // ... its next interaction ends the session and takes it to the sign-in page with the suspension message.
        var uidl = mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").session(page)).andReturn().getResponse();
        assertThat(uidl.getContentAsString()).contains("login?" + LoginView.SUSPENDED_PARAMETER);
        assertThat(page.isInvalid()).isTrue();
    }

    private String roles(MockHttpSession session) throws Exception {
        return mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anHrAdminWhoseRoleIsRevokedLosesItsRightsAtTheirNextRequestAndKeepsTheirSession() throws Exception {
        Company company = tenants.create("revoked");
        MockHttpSession hrAdmin = sessionOf(TestTenants.as(company, company.hrAdmin()));
        assertThat(mvc.perform(get("/api/v1/admin/people").session(hrAdmin)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        // The CEO becomes HR admin and takes the role from the first one (a tenant keeps one HR admin at least).
        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            administration.grantHrAdmin(company.ceo().id());
            return null;
        });
        TestTenants.signedIn(TestTenants.as(company, company.ceo(), Role.HR_ADMIN), () -> {
            administration.revokeHrAdmin(company.hrAdmin().id());
            return null;
        });
        clock.advance(EndedAccessSessions.RECHECK_AFTER.plusSeconds(1));

        var refused = mvc.perform(get("/api/v1/admin/people").session(hrAdmin)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(hrAdmin.isInvalid()).as("still signed in, with fewer rights").isFalse();
        assertThat(roles(hrAdmin)).doesNotContain("HR_ADMIN").contains("EMPLOYEE");
        var stored = (org.springframework.security.core.context.SecurityContext) hrAdmin.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((KadensUser) stored.getAuthentication().getPrincipal()).roles())
                .as("the session keeps the new rights").doesNotContain(Role.HR_ADMIN);
        assertThat(stored.getAuthentication().getAuthorities()).extracting(Object::toString)
                .doesNotContain(Role.HR_ADMIN.authority());
    }

    @Test
    void aPersonWhoBecomesSomeonesManagerGetsTheManagerRightsAtTheirNextRequest() throws Exception {
        Company company = tenants.create("newmanager");
        MockHttpSession member = sessionOf(TestTenants.as(company, company.member()));
        MockHttpSession lead = sessionOf(TestTenants.as(company, company.teamLead()));
        assertThat(roles(member)).doesNotContain("MANAGER");
        assertThat(roles(lead)).contains("MANAGER");

        // The employee now reports to the member; the member no longer reports to the lead, who has no reports left.
        TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> {
            var employee = administration.editable(company.employee().id()).orElseThrow();
            administration.update(employee.id(), employee.fields().withManager(company.member().id()), employee.version());
            var memberNow = administration.editable(company.member().id()).orElseThrow();
            administration.update(memberNow.id(), memberNow.fields().withManager(company.manager().id()),
                    memberNow.version());
            return null;
        });
        clock.advance(EndedAccessSessions.RECHECK_AFTER.plusSeconds(1));

        assertThat(roles(member)).contains("MANAGER");
        assertThat(roles(lead)).as("their last report moved away").doesNotContain("MANAGER");
        assertThat(member.isInvalid()).isFalse();
    }
}
