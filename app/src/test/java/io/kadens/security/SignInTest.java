package io.kadens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    @Autowired
    SignInPause pause;
    @Autowired
    TestClock clock;

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

    /** The delays sign-in held attempts back for, noted instead of spent. */
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void notePauses() {
        pauses.clear();
        pause.replaceWaitingForTests(pauses::add);
    }

    @AfterEach
    void restore() {
        pause.replaceWaitingForTests(null);
        clock.reset();
    }

    private SignInFailedException.Reason failureFrom(String address, String organisation, String email, String password) {
        try {
            authenticationManager.authenticate(new OrganisationSignInToken(organisation, email, password, address));
        } catch (SignInFailedException e) {
            return e.reason();
        }
        throw new AssertionError("sign-in should have failed");
    }

    private KadensUser signInFrom(String address, String organisation, String email, String password) {
        return (KadensUser) authenticationManager.authenticate(
                new OrganisationSignInToken(organisation, email, password, address)).getPrincipal();
    }

    @Test
    void failuresForOneAccountDelayItsAttemptsMoreAndMoreButItsOwnerStillGetsIn() {
        Company throttled = tenants.create("throttle");
        String email = throttled.member().email();
        int failures = SignInThrottle.ACCOUNT.free() + 3;
        for (int i = 0; i < failures; i++) {
            assertThat(failureFrom("198.51.100." + i, throttled.slug(), email, "guess " + i))
                    .as("a wrong password is only ever told as wrong").isEqualTo(SignInFailedException.Reason.INVALID);
        }
        // The first free failures cost nothing; every later attempt waited longer than the one before.
        assertThat(pauses).containsExactly(SignInThrottle.ACCOUNT.base(), SignInThrottle.ACCOUNT.base().multipliedBy(2));

        // Whoever failed on purpose, the owner with the right password is held back, never locked out.
        pauses.clear();
        assertThat(signInFrom("203.0.113.9", throttled.slug(), email, TestTenants.PASSWORD).personId())
                .isEqualTo(throttled.member().id());
        assertThat(pauses).containsExactly(SignInThrottle.ACCOUNT.base().multipliedBy(4));

        // Other people of the same organisation are not slowed down at all.
        pauses.clear();
        assertThat(signInFrom("203.0.113.9", throttled.slug(), throttled.employee().email(), TestTenants.PASSWORD)
                .personId()).isEqualTo(throttled.employee().id());
        assertThat(pauses).isEmpty();
    }

    @Test
    void theDelayOfAnAccountStopsGrowingAtItsCap() {
        Company company = tenants.create("capped");
        for (int i = 0; i < SignInThrottle.ACCOUNT.free() + 12; i++) {
            failureFrom("198.51.100.77", company.slug(), company.teamLead().email(), "guess " + i);
        }
        assertThat(pauses).allSatisfy(held -> assertThat(held).isLessThanOrEqualTo(SignInThrottle.ACCOUNT.cap()));
        assertThat(pauses.getLast()).isEqualTo(SignInThrottle.ACCOUNT.cap());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        Company company = tenants.create("reset");
        String email = company.teamLead().email();
        for (int i = 0; i < SignInThrottle.ACCOUNT.free() + 2; i++) {
            failure(company.slug(), email, "guess " + i);
        }
        signIn(company.slug(), email, TestTenants.PASSWORD);
        pauses.clear();
        for (int i = 0; i < SignInThrottle.ACCOUNT.free(); i++) {
            assertThat(failure(company.slug(), email, "guess " + i)).isEqualTo(SignInFailedException.Reason.INVALID);
        }
        assertThat(pauses).as("the failures before the sign-in no longer count").isEmpty();
    }

    @Test
    void anAddressThatKeepsFailingIsRefusedForAWhileAndOtherAddressesAreNot() {
        Company company = tenants.create("spray");
        String sprayer = "198.51.100.200";
        // Password spraying: one guess each for many accounts, so no account's own delay grows.
        for (int i = 0; i <= SignInThrottle.ADDRESS.free(); i++) {
            assertThat(failureFrom(sprayer, company.slug(), "someone" + i + "@spray.test", "Spring2026!"))
                    .isEqualTo(SignInFailedException.Reason.INVALID);
        }
        // Now that address is refused, without its password even being checked: the right one too.
        assertThat(failureFrom(sprayer, company.slug(), company.employee().email(), TestTenants.PASSWORD))
                .isEqualTo(SignInFailedException.Reason.THROTTLED);
        // The same person from their own address gets in at once, and their account was never counted against.
        assertThat(signInFrom("203.0.113.50", company.slug(), company.employee().email(), TestTenants.PASSWORD)
                .personId()).isEqualTo(company.employee().id());
        assertThat(pauses).isEmpty();

        // The refusal is a delay, not a lock: once it has passed, the address may try again.
        clock.advance(SignInThrottle.ADDRESS.delayAfter(SignInThrottle.ADDRESS.free() + 1).plusSeconds(1));
        assertThat(signInFrom(sprayer, company.slug(), company.employee().email(), TestTenants.PASSWORD).personId())
                .isEqualTo(company.employee().id());
    }

    @Test
    void failuresPilingUpAcrossTheServiceSlowEveryAttemptALittleAndLockNobodyOut() throws Exception {
        Company company = tenants.create("flood");
        Instant now = clock.instant();
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement flood = owner.prepareStatement("""
                     insert into sign_in_throttle (principal_key, failures, window_started_at, last_failure_at)
                     values ('service', ?, ?, ?)
                     on conflict (principal_key) do update set failures = excluded.failures,
                         window_started_at = excluded.window_started_at, last_failure_at = excluded.last_failure_at""")) {
            // Many addresses failed for many accounts within the last minute.
            flood.setInt(1, SignInThrottle.SERVICE.free() + 20);
            flood.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            flood.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            flood.executeUpdate();
        }
        try {
            assertThat(signInFrom("203.0.113.77", company.slug(), company.manager().email(), TestTenants.PASSWORD)
                    .personId()).isEqualTo(company.manager().id());
            assertThat(pauses).singleElement().satisfies(held -> assertThat(held).isPositive()
                    .isLessThanOrEqualTo(SignInThrottle.SERVICE.cap()));
            assertThat(SignInThrottle.SERVICE.cap()).isLessThan(SignInThrottle.ACCOUNT.cap());
        } finally {
            try (Connection owner = TestDatabase.get().openAsOwner();
                 PreparedStatement clear = owner.prepareStatement("delete from sign_in_throttle where principal_key = 'service'")) {
                clear.executeUpdate();
            }
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
             PreparedStatement query = owner.prepareStatement(
                     // An operator awaiting the one-time bootstrap link has no password yet.
                     "select password_hash from operator_account where password_hash is not null")) {
            var rows = query.executeQuery();
            while (rows.next()) {
                assertThat(rows.getString(1)).startsWith("{bcrypt}$2").doesNotContain("password");
            }
        }
    }
}
