package io.kadens.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

/** The first operator without demo mode: a single-use, expiring link, stored hashed, shown once. */
@KadensSpringTest
class OperatorBootstrapTest {

    private static final String PASSWORD = "a long operator password";

    @Autowired
    OperatorBootstrap bootstrap;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String email() {
        return "ops-" + UUID.randomUUID() + "@example.com";
    }

    private static String token(OperatorBootstrap.Outcome outcome) {
        String link = outcome.link().orElseThrow();
        assertThat(link).contains("/operator-setup/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private KadensUser signIn(String email, String password) {
        return (KadensUser) authenticationManager.authenticate(new OrganisationSignInToken("operator", email, password))
                .getPrincipal();
    }

    @Test
    void theLinkLetsTheOperatorChooseAPasswordOnceAndIsStoredOnlyHashed() throws Exception {
        String email = email();
        OperatorBootstrap.Outcome issued = bootstrap.bootstrap(email, "Ops");
        assertThat(issued.state()).isEqualTo(OperatorBootstrap.Outcome.State.LINK_ISSUED);
        String token = token(issued);

        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement select = owner.prepareStatement(
                     "select password_hash, setup_token_hash from operator_account where email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("password_hash")).isNull();
                assertThat(row.getString("setup_token_hash")).isNotBlank().doesNotContain(token)
                        .isEqualTo(OperatorBootstrap.hash(token));
            }
        }
        // Without a password nobody signs in, whatever they try (also the stand-in hash's own text).
        assertThatThrownBy(() -> signIn(email, "no account has this password")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> signIn(email, "")).isInstanceOf(AuthenticationException.class);

        assertThat(bootstrap.open(token)).contains(email);
        assertThatThrownBy(() -> bootstrap.choosePassword(token, "short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("password"));
        assertThatThrownBy(() -> bootstrap.choosePassword(token, PASSWORD, PASSWORD + "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("confirmation"));
        assertThat(bootstrap.open(token)).as("refused input leaves the link usable").contains(email);

        assertThat(bootstrap.choosePassword(token, PASSWORD, PASSWORD)).isEqualTo(email);
        assertThat(signIn(email, PASSWORD).isOperator()).isTrue();

        assertThat(bootstrap.open(token)).as("the link is single-use").isEmpty();
        assertThatThrownBy(() -> bootstrap.choosePassword(token, "another long password", "another long password"))
                .isInstanceOf(OperatorLinkUnusableException.class);
        assertThat(signIn(email, PASSWORD).isOperator()).isTrue();
        assertThat(bootstrap.bootstrap(email, "Ops").state()).as("a later start prints no link")
                .isEqualTo(OperatorBootstrap.Outcome.State.HAS_PASSWORD);
    }

    @Test
    void aLaterStartDoesNotShowTheLinkAgainAndAnExpiredLinkIsReplaced() {
        String email = email();
        String first = token(bootstrap.bootstrap(email, null));

        OperatorBootstrap.Outcome again = bootstrap.bootstrap(email, null);
        assertThat(again.state()).isEqualTo(OperatorBootstrap.Outcome.State.LINK_ALREADY_ISSUED);
        assertThat(again.link()).isEmpty();
        assertThat(bootstrap.open(first)).contains(email);

        clock.advance(OperatorBootstrap.LINK_VALIDITY.plus(Duration.ofMinutes(1)));
        assertThat(bootstrap.open(first)).as("expired").isEmpty();
        assertThatThrownBy(() -> bootstrap.choosePassword(first, PASSWORD, PASSWORD))
                .isInstanceOf(OperatorLinkUnusableException.class);

        String second = token(bootstrap.bootstrap(email, null));
        assertThat(second).isNotEqualTo(first);
        assertThat(bootstrap.open(first)).isEmpty();
        assertThat(bootstrap.open(second)).contains(email);
    }

    @Test
    void unknownAndMalformedLinksOpenNothing() {
        assertThat(bootstrap.open("")).isEmpty();
        assertThat(bootstrap.open("not-a-token")).isEmpty();
        assertThat(bootstrap.open(null)).isEmpty();
        assertThatThrownBy(() -> bootstrap.choosePassword("not-a-token", PASSWORD, PASSWORD))
                .isInstanceOf(OperatorLinkUnusableException.class);
    }

    @Test
    void thePublicDemoPasswordIsNoOperatorPasswordOutsideDemoMode() {
        String token = token(bootstrap.bootstrap(email(), null));
        assertThatThrownBy(() -> bootstrap.choosePassword(token, "kadens-demo", "kadens-demo"))
                .isInstanceOf(InvalidInputException.class);
    }
}
