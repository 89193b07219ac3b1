package io.kadens.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import io.kadens.tenants.DatabasePreflight;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Where the web process does not migrate (the production path: it holds the application role only),
 * it refuses to start on a database whose schema is older than its code, and says which step to run.
 * It reads Flyway's history table, which the application role may only read.
 */
@Component
@ConditionalOnProperty(name = "spring.flyway.enabled", havingValue = "false")
class SchemaVersionCheck implements InitializingBean {

    private final DataSource dataSource;
    private final String url;
    private final String appRole;
    private final String password;

    SchemaVersionCheck(DataSource dataSource, @Value("${spring.datasource.url}") String url,
                       @Value("${spring.datasource.username}") String appRole,
                       @Value("${spring.datasource.password}") String password) {
        this.dataSource = dataSource;
        this.url = url;
        this.appRole = appRole;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        // The same one-line "what and how to fix" as where the web process migrates.
        DatabasePreflight.verify(url, appRole, password);
        MigrationInfo[] pending = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .placeholders(Map.of("app_role", appRole))
                // as the migration step does: a lower-numbered migration merged later is pending, not ignored
                .outOfOrder(true)
                .load().info().pending();
        if (pending.length > 0) {
            throw new UnsafeDeploymentException(
                    "The database schema is behind this Kadens: " + pending.length + " migration(s) not applied ("
                            + Arrays.stream(pending).map(m -> "V" + m.getVersion()).collect(Collectors.joining(", "))
                            + ").",
                    "Run the migration step first, as the owner role: java -jar kadens.jar migrate with "
                            + "KADENS_DB_OWNER_USER and KADENS_DB_OWNER_PASSWORD (docker compose runs it as the "
                            + "one-shot `migrate` service). For local development, KADENS_MIGRATE_ON_START=true "
                            + "migrates in the web process. See docs/operations.md.");
        }
    }
}
