package io.kadens.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks made before anything connects or listens (registered in {@code META-INF/spring.factories}, so
 * they run after the context's initializers and before it is refreshed):
 *
 * <ul>
 *   <li>Demo mode has accounts whose password is public: it binds to loopback only
 *       ({@code SERVER_ADDRESS=127.0.0.1}) unless {@code KADENS_DEMO_ALLOW_PUBLIC=true} says otherwise.</li>
 *   <li>Outside demo mode the database passwords must not be the defaults written in this repository
 *       ({@code KADENS_DB_APP_PASSWORD}, {@code KADENS_DB_OWNER_PASSWORD} where this process migrates, and
 *       {@code KADENS_DB_PORTER_PASSWORD} where the tenant porter is set up).
 *       Local development and the tests opt out with {@code KADENS_DB_ALLOW_DEFAULT_PASSWORDS=true}.</li>
 * </ul>
 *
 * See docs/operations.md.
 */
public class DeploymentSafety implements ApplicationListener<ApplicationPreparedEvent> {

    /** The defaults of application.yml, .ci/env.sh and docker-compose.yml: known to everyone. */
    static final String DEFAULT_APP_PASSWORD = "kadens_app";
    static final String DEFAULT_OWNER_PASSWORD = "kadens_owner";
    /** .ci/env.sh's porter password for local development; the porter reads and writes every tenant. */
    static final String DEFAULT_PORTER_PASSWORD = "kadens_porter";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(event.getApplicationContext().getEnvironment());
    }

    static void check(Environment environment) {
        boolean demo = environment.getProperty("kadens.demo", Boolean.class, false);
        boolean migrationStep = environment.getProperty(MigrationStep.PROPERTY, Boolean.class, false);
        if (demo && !migrationStep) {
            requireLoopbackForDemo(environment);
        }
        if (!demo && !environment.getProperty("kadens.db.allow-default-passwords", Boolean.class, false)) {
            requireOwnPasswords(environment, migrationStep);
        }
    }

    private static void requireLoopbackForDemo(Environment environment) {
        if (environment.getProperty("kadens.demo-allow-public", Boolean.class, false)) {
            return;
        }
        String address = environment.getProperty("server.address", "").strip();
        if (address.isEmpty()) {
            throw new UnsafeDeploymentException(
                    "Demo mode (KADENS_DEMO=true) would listen on every network interface, and the demo accounts' password is public.",
                    "Bind to this machine only with SERVER_ADDRESS=127.0.0.1 (bash .ci/start does), or set "
                            + "KADENS_DEMO_ALLOW_PUBLIC=true if other machines really should reach the demo.");
        }
        if (!isLoopback(address)) {
            throw new UnsafeDeploymentException(
                    "Demo mode (KADENS_DEMO=true) would listen on " + address
                            + ", which other machines can reach, and the demo accounts' password is public.",
                    "Use SERVER_ADDRESS=127.0.0.1, or set KADENS_DEMO_ALLOW_PUBLIC=true if other machines really "
                            + "should reach the demo.");
        }
    }

    static boolean isLoopback(String address) {
        try {
            for (InetAddress resolved : InetAddress.getAllByName(address)) {
                if (!resolved.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    private static void requireOwnPasswords(Environment environment, boolean migrationStep) {
        List<String> variables = new ArrayList<>();
        if (!migrationStep && DEFAULT_APP_PASSWORD.equals(environment.getProperty("spring.datasource.password"))) {
            variables.add("KADENS_DB_APP_PASSWORD");
        }
        boolean migrates = migrationStep || environment.getProperty("spring.flyway.enabled", Boolean.class, true);
        if (migrates && DEFAULT_OWNER_PASSWORD.equals(environment.getProperty("spring.flyway.password"))) {
            variables.add("KADENS_DB_OWNER_PASSWORD");
        }
        // the porter bypasses row-level security: its known password would open every tenant
        if (DEFAULT_PORTER_PASSWORD.equals(environment.getProperty("kadens.db.porter-password"))) {
            variables.add("KADENS_DB_PORTER_PASSWORD");
        }
        if (!variables.isEmpty()) {
            throw new UnsafeDeploymentException(
                    "Kadens does not start outside demo mode with the default database password"
                            + (variables.size() > 1 ? "s" : "") + " of " + String.join(" and ", variables)
                            + ": everyone who has read the repository knows " + (variables.size() > 1 ? "them" : "it") + ".",
                    "Set " + String.join(" and ", variables) + (variables.size() > 1 ? " to passwords" : " to a password")
                            + " of your own and give the database role" + (variables.size() > 1 ? "s" : "")
                            + " the same (ALTER ROLE ... PASSWORD ...). For local development only, "
                            + "KADENS_DB_ALLOW_DEFAULT_PASSWORDS=true allows the defaults. See docs/operations.md.");
        }
    }
}
