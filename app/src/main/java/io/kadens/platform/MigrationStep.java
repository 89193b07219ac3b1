package io.kadens.platform;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar kadens.jar migrate}: the separate step that migrates the database as the owner role
 * and exits. The web process then needs the application role's credentials only (see
 * docs/decisions/2026-12-05-operator-bootstrap-and-migration-step.md).
 *
 * <p>A context of its own with Flyway and nothing else (no web server, no embedding model, no
 * schedulers); it reads the same configuration as the web process: {@code KADENS_DB_HOST/PORT/NAME},
 * {@code KADENS_DB_OWNER_USER}/{@code KADENS_DB_OWNER_PASSWORD}, and {@code KADENS_DB_APP_USER} (the
 * role the migrations grant to). Not a component: only {@link #run} loads it.
 */
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import(DatabaseStartupCheck.class)
public class MigrationStep {

    /** Set while the migration step runs, so start-up checks know that no web server will listen. */
    static final String PROPERTY = "kadens.migration-step";

    private static final Logger log = LoggerFactory.getLogger(MigrationStep.class);

    /** Migrates and returns the process exit code: 0 when the schema is current, 1 otherwise. */
    public static int run(String... args) {
        // As command-line arguments, so that they win over application.yml (where Flyway is off by default).
        String[] arguments = Stream.concat(Stream.of("--spring.flyway.enabled=true", "--" + PROPERTY + "=true"),
                Arrays.stream(args)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MigrationStep.class)
                .web(WebApplicationType.NONE)
                .run(arguments)) {
            var current = context.getBean(Flyway.class).info().current();
            log.info("Kadens database migrated; schema version {}", current == null ? "none" : current.getVersion());
            return 0;
        } catch (RuntimeException failed) {
            // Spring Boot has reported the failure (with its analysis) already.
            return 1;
        }
    }
}
