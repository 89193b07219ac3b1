package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    TestTenants tenants;
    @Autowired
    Accounts accounts;

    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("signin");
    }

    private KadensUser signIn(String organisation, String email, String password) {
        Authentication result = authenticationManager.authenticate(new OrganisationSignInToken(organisation, email, password));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getCredentials()).isNull();
        return (KadensUser) result.getPrincipal();
    }

    private SignInFailedException.Reason failure(String organisation, String email, String password) {
        try {
            signIn(organisation, email, password);
        } catch (SignInFailedException e) {
            return e.reason();
        }
        throw new AssertionError("sign-in should have failed");
    }

    @Test
    void aPersonSignsInWithOrganisationEmailAndPasswordAndGetsTheirRoles() {
        KadensUser manager = signIn(c.slug(), c.manager().email(), TestTenants.PASSWORD);
        assertThat(manager.tenantId()).isEqualTo(c.id());
        assertThat(manager.personId()).isEqualTo(c.manager().id());
        assertThat(manager.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);

        KadensUser employee = signIn(c.slug().toUpperCase(), "  " + c.employee().email().toUpperCase() + " ",
                TestTenants.PASSWORD);
        assertThat(employee.roles()).containsExactly(Role.EMPLOYEE);

        KadensUser hr = signIn(c.slug(), c.hrAdmin().email(), TestTenants.PASSWORD);
        assertThat(hr.roles()).contains(Role.HR_ADMIN, Role.EMPLOYEE);
    }

    @Test
    void grantedAuthoritiesMirrorTheRoles() {
        Authentication result = authenticationManager.authenticate(
                new OrganisationSignInToken(c.slug(), c.hrAdmin().email(), TestTenants.PASSWORD));
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_EMPLOYEE", "ROLE_HR_ADMIN", "ROLE_MANAGER");
    }

    @Test
    void everyKindOfWrongInputFailsTheSameWay() {
        Company other = tenants.create("signinother");
        assertThat(failure(c.slug(), c.teamLead().email(), "wrong password")).isEqualTo(SignInFailedException.Reason.INVALID);
        assertThat(failure("no-such-organisation", c.teamLead().email(), TestTenants.PASSWORD))
                .isEqualTo(SignInFailedException.Reason.INVALID);
        assertThat(failure(c.slug(), "nobody@nowhere.test", TestTenants.PASSWORD)).isEqualTo(SignInFailedException.Reason.INVALID);
        // a real account of another organisation
        assertThat(failure(c.slug(), other.employee().email(), TestTenants.PASSWORD)).isEqualTo(SignInFailedException.Reason.INVALID);
        // a person who exists but was never given a sign-in
        assertThat(failure(c.slug(), c.outsider().email(), TestTenants.PASSWORD)).isEqualTo(SignInFailedException.Reason.INVALID);
        assertThat(failure("", "", "")).isEqualTo(SignInFailedException.Reason.INVALID);
    }

    @Test
    void repeatedFailuresThrottleThatSignInEvenWithTheRightPassword() {
        Company throttled = tenants.create("throttle");
        String email = throttled.member().email();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(failure(throttled.slug(), email, "guess " + i)).isEqualTo(SignInFailedException.Reason.INVALID);
        }
        assertThat(failure(throttled.slug(), email, TestTenants.PASSWORD)).isEqualTo(SignInFailedException.Reason.THROTTLED);
        // other people of the same organisation are not affected
        assertThat(signIn(throttled.slug(), throttled.employee().email(), TestTenants.PASSWORD).personId())
                .isEqualTo(throttled.employee().id());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        Company company = tenants.create("reset");
        String email = company.teamLead().email();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            failure(company.slug(), email, "guess " + i);
        }
        signIn(company.slug(), email, TestTenants.PASSWORD);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertThat(failure(company.slug(), email, "guess " + i)).isEqualTo(SignInFailedException.Reason.INVALID);
        }
    }

    @Test
    void nobodyOfASuspendedOrganisationCanSignIn() throws Exception {
        Company suspended = tenants.create("suspended");
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement update = owner.prepareStatement("update tenant set status = 'SUSPENDED' where id = ?")) {
            update.setObject(1, suspended.id().value());
            update.executeUpdate();
        }
        // Only someone whose password is right learns that the organisation is suspended.
        assertThat(failure(suspended.slug(), suspended.hrAdmin().email(), TestTenants.PASSWORD))
                .isEqualTo(SignInFailedException.Reason.SUSPENDED);
        assertThat(failure(suspended.slug(), suspended.hrAdmin().email(), "not the password"))
                .isEqualTo(SignInFailedException.Reason.INVALID);
        assertThat(failure(suspended.slug(), "nobody@nowhere.test", TestTenants.PASSWORD))
                .isEqualTo(SignInFailedException.Reason.INVALID);
    }

    @Test
    void theOperatorSignsInWithTheOperatorOrganisationAndHasNoTenant() {
        String email = "operator-" + System.nanoTime() + "@kadens.test";
        accounts.createOperator(email, "Test Operator", "operator password");
        KadensUser operator = signIn("operator", email, "operator password");
        assertThat(operator.isOperator()).isTrue();
        assertThat(operator.tenant()).isEmpty();
        assertThat(operator.roles()).containsExactly(Role.OPERATOR);
        assertThat(failure("operator", email, "wrong")).isEqualTo(SignInFailedException.Reason.INVALID);
        // an operator's credentials do not open any tenant
        assertThat(failure(c.slug(), email, "operator password")).isEqualTo(SignInFailedException.Reason.INVALID);
    }

    @Test
    void passwordsAreStoredHashedAndShortOnesAreRefused() throws Exception {
        assertThatThrownBy(() -> accounts.createOperator("short@kadens.test", "Short", "short"))
                .hasMessage("password.too-short");
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement query = owner.prepareStatement("select password_hash from operator_account")) {
            var rows = query.executeQuery();
            while (rows.next()) {
                assertThat(rows.getString(1)).startsWith("{bcrypt}$2").doesNotContain("password");
            }
        }
    }
}
