package io.kadens.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.security.Accounts;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

/**
 * Outside demo mode (this context has {@code KADENS_DEMO=false}) an account whose password is the
 * demo accounts' public one signs in nowhere; the same account with a password of its own does.
 */
@KadensSpringTest
class DemoModeOffSignInTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void thePublicDemoPasswordSignsNobodyInOutsideDemoMode() {
        Company company = tenants.create("demo-off");
        TenantScope.run(company.id(), () -> accounts.enableSignIn(company.employee().id(), Accounts.PUBLIC_DEMO_PASSWORD));

        assertThatThrownBy(() -> authenticationManager.authenticate(new OrganisationSignInToken(company.slug(),
                company.employee().email(), Accounts.PUBLIC_DEMO_PASSWORD))).isInstanceOf(AuthenticationException.class);

        TenantScope.run(company.id(), () -> accounts.enableSignIn(company.employee().id(), "a password of my own"));
        assertThat(authenticationManager.authenticate(new OrganisationSignInToken(company.slug(),
                company.employee().email(), "a password of my own")).isAuthenticated()).isTrue();
    }
}
