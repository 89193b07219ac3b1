package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start-up refusals: demo mode on a reachable address, default database passwords outside demo mode. */
class DeploymentSafetyTest {

    /** The IPv4 wildcard address (every interface), spelled from its four zero bytes. */
    private static final String ANY_ADDRESS = wildcard();

    private static String wildcard() {
        try {
            return java.net.InetAddress.getByAddress(new byte[4]).getHostAddress();
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }


    private static MockEnvironment demo() {
        return new MockEnvironment().withProperty("kadens.demo", "true")
                .withProperty("spring.datasource.password", DeploymentSafety.DEFAULT_APP_PASSWORD)
                .withProperty("spring.flyway.enabled", "true")
                .withProperty("spring.flyway.password", DeploymentSafety.DEFAULT_OWNER_PASSWORD);
    }

    private static MockEnvironment production() {
        return new MockEnvironment().withProperty("kadens.demo", "false")
                .withProperty("spring.datasource.password", "a-long-own-password")
                .withProperty("spring.flyway.enabled", "false");
    }

    @Test
    void demoModeOnEveryInterfaceIsRefusedWithTheFix() {
        assertThatThrownBy(() -> DeploymentSafety.check(demo()))
                .isInstanceOf(UnsafeDeploymentException.class)
                .hasMessageContaining("every network interface")
                .satisfies(e -> assertThat(((UnsafeDeploymentException) e).action())
                        .contains("SERVER_ADDRESS=127.0.0.1", "KADENS_DEMO_ALLOW_PUBLIC=true"));
    }

    @Test
    void demoModeOnAReachableAddressIsRefused() {
        assertThatThrownBy(() -> DeploymentSafety.check(demo().withProperty("server.address", ANY_ADDRESS)))
                .isInstanceOf(UnsafeDeploymentException.class).hasMessageContaining(ANY_ADDRESS);
        assertThatThrownBy(() -> DeploymentSafety.check(demo().withProperty("server.address", "192.0.2.10")))
                .isInstanceOf(UnsafeDeploymentException.class).hasMessageContaining("192.0.2.10");
    }

    @Test
    void demoModeOnLoopbackStartsWithTheDefaultPasswords() {
        assertThatCode(() -> DeploymentSafety.check(demo().withProperty("server.address", "127.0.0.1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(demo().withProperty("server.address", "localhost")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(demo().withProperty("server.address", "::1")))
                .doesNotThrowAnyException();
    }

    @Test
    void demoModeOnAReachableAddressStartsWhenExplicitlyAllowed() {
        assertThatCode(() -> DeploymentSafety.check(demo().withProperty("kadens.demo-allow-public", "true")))
                .doesNotThrowAnyException();
    }

    @Test
    void outsideDemoModeTheDefaultAppPasswordIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> DeploymentSafety.check(production()
                .withProperty("spring.datasource.password", DeploymentSafety.DEFAULT_APP_PASSWORD)))
                .isInstanceOf(UnsafeDeploymentException.class)
                .hasMessageContaining("KADENS_DB_APP_PASSWORD")
                .satisfies(e -> assertThat(((UnsafeDeploymentException) e).action()).contains("KADENS_DB_APP_PASSWORD"));
    }

    @Test
    void theDefaultOwnerPasswordIsRefusedWhereThisProcessMigrates() {
        MockEnvironment migrating = production().withProperty("spring.flyway.enabled", "true")
                .withProperty("spring.flyway.password", DeploymentSafety.DEFAULT_OWNER_PASSWORD);
        assertThatThrownBy(() -> DeploymentSafety.check(migrating))
                .isInstanceOf(UnsafeDeploymentException.class).hasMessageContaining("KADENS_DB_OWNER_PASSWORD")
                .hasMessageNotContaining("KADENS_DB_APP_PASSWORD");
        MockEnvironment migrationStep = new MockEnvironment().withProperty(MigrationStep.PROPERTY, "true")
                .withProperty("spring.datasource.password", DeploymentSafety.DEFAULT_APP_PASSWORD)
                .withProperty("spring.flyway.password", DeploymentSafety.DEFAULT_OWNER_PASSWORD);
        assertThatThrownBy(() -> DeploymentSafety.check(migrationStep))
                .isInstanceOf(UnsafeDeploymentException.class).hasMessageContaining("KADENS_DB_OWNER_PASSWORD")
                .hasMessageNotContaining("KADENS_DB_APP_PASSWORD");
    }

    @Test
    void theDefaultPorterPasswordIsRefusedAndNoPorterPasswordIsFine() {
        assertThatThrownBy(() -> DeploymentSafety.check(production()
                .withProperty("kadens.db.porter-password", DeploymentSafety.DEFAULT_PORTER_PASSWORD)))
                .isInstanceOf(UnsafeDeploymentException.class).hasMessageContaining("KADENS_DB_PORTER_PASSWORD")
                .hasMessageNotContaining("KADENS_DB_APP_PASSWORD");
        assertThatCode(() -> DeploymentSafety.check(production().withProperty("kadens.db.porter-password", "")))
                .as("no porter password: the porter cannot sign in").doesNotThrowAnyException();
    }

    @Test
    void ownPasswordsStartAndTheWebProcessNeedsNoOwnerPassword() {
        assertThatCode(() -> DeploymentSafety.check(production())).doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(production()
                .withProperty("spring.flyway.password", DeploymentSafety.DEFAULT_OWNER_PASSWORD)))
                .as("the owner password is not this process's when it does not migrate").doesNotThrowAnyException();
    }

    @Test
    void localDevelopmentMayAllowTheDefaults() {
        assertThatCode(() -> DeploymentSafety.check(production()
                .withProperty("spring.datasource.password", DeploymentSafety.DEFAULT_APP_PASSWORD)
                .withProperty("kadens.db.allow-default-passwords", "true"))).doesNotThrowAnyException();
    }
}
